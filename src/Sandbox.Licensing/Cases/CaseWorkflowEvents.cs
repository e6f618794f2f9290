using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Cases;

/// <summary>
/// Keeps the case workflow in step with the application: the first submission starts it, a new version restarts
/// screening, withdrawal ends it, an adjudication screens again. A decided case refuses amendments and withdrawal.
/// </summary>
public sealed partial class CaseWorkflowEvents(IServiceProvider services, WorkflowEngine engine, ILogger<CaseWorkflowEvents> logger) : ICaseEvents
{
    /// <summary>Resolved when first used: the cases read applications, whose service notifies these events.</summary>
    private LicensingCases Cases => services.GetRequiredService<LicensingCases>();

    public async Task BeforeAmendmentAsync(CaseActor actor, PilotApplication application, CancellationToken cancellationToken) =>
        await RefuseUnlessPermittedAsync(actor, application, "resubmitted", "amended", cancellationToken);

    public async Task BeforeWithdrawalAsync(CaseActor actor, PilotApplication application, CancellationToken cancellationToken) =>
        await RefuseUnlessPermittedAsync(actor, application, "withdraw", "withdrawn", cancellationToken);

    public async Task SubmittedAsync(CaseActor actor, PilotApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var current = await Cases.CurrentAsync(application.Id, cancellationToken);
        var person = WorkflowActors.From(actor, actor.UserId);
        if (current is null)
        {
            await Cases.StartAsync(application, person, cancellationToken);
            return;
        }

        await FireQuietlyAsync(current.Id, new FireCommand("resubmitted", person, $"Version {application.VersionCount} submitted"), cancellationToken);
    }

    public async Task WithdrawnAsync(CaseActor actor, PilotApplication application, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (await Cases.CurrentAsync(application.Id, cancellationToken) is { Completed: false } current)
        {
            await FireQuietlyAsync(current.Id, new FireCommand("withdraw", WorkflowActors.From(actor, actor.UserId), reason), cancellationToken);
        }
    }

    public async Task AdjudicatedAsync(CaseActor actor, PilotApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (await Cases.CurrentAsync(application.Id, cancellationToken) is { Completed: false, State: "screening-review" } current)
        {
            await FireQuietlyAsync(current.Id, new FireCommand("rescreen", WorkflowActors.From(actor, actor.UserId), "Screening hits adjudicated"), cancellationToken);
        }
    }

    private async Task RefuseUnlessPermittedAsync(CaseActor actor, PilotApplication application, string trigger, string verb, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (await Cases.CurrentAsync(application.Id, cancellationToken) is not { } current)
        {
            return;
        }

        var offered = (await engine.PermittedAsync(current.Id, WorkflowActors.From(actor, actor.UserId), cancellationToken)).FirstOrDefault(t => t.Trigger == trigger);
        if (current.Completed || offered is not { Permitted: true })
        {
            throw new CaseStateException($"Application {application.Reference} cannot be {verb} now: its case is at '{engine.DefinitionOf(current).State(current.State).Label}'.");
        }
    }

    /// <summary>The application change is stored; if the case cannot follow, an administrator sees why in the log.</summary>
    private async Task FireQuietlyAsync(string instanceId, FireCommand command, CancellationToken cancellationToken)
    {
        try
        {
            await engine.FireAsync(instanceId, command, cancellationToken);
        }
        catch (TriggerNotPermittedException e)
        {
            LogNotFollowed(logger, instanceId, command.Trigger, e.Message);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Case {InstanceId} did not follow '{Trigger}': {Reason}")]
    private static partial void LogNotFollowed(ILogger logger, string instanceId, string trigger, string reason);
}
