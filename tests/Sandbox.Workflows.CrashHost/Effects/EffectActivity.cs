using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Workflows.CrashHost.Hosting;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Workflows.CrashHost.Effects;

/// <summary>
/// <c>effect</c> with a <c>step</c> parameter: records an attempt, then its effect once per key (a document whose id is
/// the key; a second attempt finds it and does nothing). <see cref="CrashHostOptions"/> can make a step block forever or
/// take its time, so a test can kill the process while it runs.
/// </summary>
public sealed class EffectActivity(
    DocumentSet<EffectDocument> effects, IOptions<WorkflowRuntimeOptions> runtime, IOptions<CrashHostOptions> options, TimeProvider time)
    : IWorkflowActivity
{
    public const string StepParameter = "step";

    public string Name => "effect";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
        parameters?[StepParameter] is JsonValue step && step.TryGetValue<string>(out _) ? [] : ["effect needs a 'step' parameter"];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Parameter(StepParameter);
        var settings = options.Value;
        await effects.CreateAsync(Document(context, step, EffectDocument.AttemptKind, $"{context.Key}:attempt:{Guid.NewGuid():N}"), cancellationToken: cancellationToken);
        var blocks = string.Equals(settings.BlockStep, step, StringComparison.Ordinal);
        if (blocks && settings.BlockBeforeEffect)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (string.Equals(settings.SlowStep, step, StringComparison.Ordinal))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(settings.SlowMilliseconds), time, cancellationToken);
        }

        try
        {
            await effects.CreateAsync(Document(context, step, EffectDocument.EffectKind, context.Key), cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // An earlier attempt acted; the engine did not store its outcome before it died.
        }

        if (blocks)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return ActivityOutcome.Done;
    }

    private EffectDocument Document(ActivityContext context, string step, string kind, string id) => new()
    {
        Id = id,
        InstanceId = context.Instance.Id,
        Kind = kind,
        Step = step,
        Key = context.Key,
        Node = runtime.Value.NodeId,
        Attempt = context.Attempt,
        At = time.GetUtcNow(),
    };
}
