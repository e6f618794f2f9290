using System.Text.Json.Nodes;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Benchmarks.Workflows;

/// <summary><c>record</c>: one effect document per activity key, as a real activity would write (a second run finds it).</summary>
internal sealed class RecordActivity(DocumentSet<BenchEffect> effects, TimeProvider time) : IWorkflowActivity
{
    public string Name => "record";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) => parameters?["step"] is null ? ["record needs a 'step' parameter"] : [];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        try
        {
            await effects.CreateAsync(new BenchEffect(context.Key, context.Instance.Id, context.Parameter("step"), time.GetUtcNow()), cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Done by an earlier run.
        }

        return ActivityOutcome.Done;
    }
}

internal sealed record BenchEffect(string Id, string InstanceId, string Step, DateTimeOffset At)
{
    public static ContainerDefinition Container { get; } = new("bench-effects", "/instanceId", ["step"]);
}
