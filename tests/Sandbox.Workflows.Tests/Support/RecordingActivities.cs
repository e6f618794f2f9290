using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Workflows.Tests.Support;

/// <summary>
/// Test activities that record each effect once per key (as real activities must), can be told to fail, and can
/// return data and a trigger taken from their parameters.
/// </summary>
public sealed class RecordingActivities
{
    public static IReadOnlyList<string> Names { get; } = ["record", "flaky", "route"];

    public ConcurrentDictionary<string, int> Effects { get; } = new();

    public ConcurrentQueue<string> Calls { get; } = new();

    /// <summary>How many more calls of <c>flaky</c> fail.</summary>
    public int FailuresLeft { get; set; }

    public IWorkflowActivity Activity(string name) => new Recording(this, name);

    public int EffectsOf(string key) => Effects.GetValueOrDefault(key);

    private sealed class Recording(RecordingActivities owner, string name) : IWorkflowActivity
    {
        public string Name => name;

        public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
            name == "route" && parameters?["trigger"] is null ? ["route needs a 'trigger' parameter"] : [];

        public Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
        {
            owner.Calls.Enqueue($"{name}:{context.Key}");
            if (name == "flaky" && owner.FailuresLeft > 0)
            {
                owner.FailuresLeft--;
                throw new InvalidOperationException("the flaky service is down");
            }

            owner.Effects.TryAdd(context.Key, 0);
            owner.Effects[context.Key]++;
            var data = context.Parameters["data"]?.DeepClone().AsObject();
            return Task.FromResult(new ActivityOutcome(data, context.Parameters["trigger"]?.GetValue<string>()));
        }
    }
}
