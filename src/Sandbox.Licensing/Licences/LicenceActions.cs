using System.Globalization;
using System.Text.Json.Nodes;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Storage.Documents;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Licences;

/// <summary>
/// What people do to a licence: regulators suspend, reinstate, revoke and decide extensions; the holder surrenders
/// and asks for an extension. Each is a trigger of the licence's lifecycle instance; the guards decide who may.
/// </summary>
public sealed class LicenceActions(LicenceRegistry licences, WorkflowEngine engine, TimeProvider time)
{
    public const string RequestExtension = "request-extension";
    public const string Extend = "extend";

    /// <summary>The licence if the actor may see it: the holder organization, regulators and auditors.</summary>
    public async Task<Versioned<PilotLicence>> GetAsync(CaseActor actor, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var licence = await licences.GetAsync(id, cancellationToken);
        return licence is not null && MaySee(actor, licence.Value) ? licence : throw new CaseNotFoundException(id);
    }

    public static bool MaySee(CaseActor actor, PilotLicence licence)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(licence);
        return actor.CanReadCases || (actor.IsApplicant && actor.BelongsTo(licence.HolderOrganizationId));
    }

    public async Task<Versioned<WorkflowInstance>> LifecycleAsync(CaseActor actor, string id, CancellationToken cancellationToken = default)
    {
        var licence = await GetAsync(actor, id, cancellationToken);
        return await engine.GetAsync(CaseDefinitions.LifecycleInstanceId(licence.Value.Id), cancellationToken)
            ?? throw new WorkflowInstanceNotFoundException(CaseDefinitions.LifecycleInstanceId(licence.Value.Id));
    }

    public async Task<IReadOnlyList<PermittedTrigger>> PermittedAsync(CaseActor actor, string actorName, string id, CancellationToken cancellationToken = default)
    {
        var lifecycle = await LifecycleAsync(actor, id, cancellationToken);
        return await engine.PermittedAsync(lifecycle.Value.Id, WorkflowActors.From(actor, actorName), cancellationToken);
    }

    /// <summary>
    /// Fires a lifecycle trigger. An extension request names its new end date, checked against the sunset rule; granting
    /// it applies that date (checked again, the rule may have been met meanwhile).
    /// </summary>
    public async Task<Versioned<WorkflowInstance>> ActAsync(
        CaseActor actor, string actorName, string id, string trigger, string? reason, DateTimeOffset? requestedValidTo, string ifMatch, CancellationToken cancellationToken = default)
    {
        var licence = await GetAsync(actor, id, cancellationToken);
        var lifecycle = await engine.GetAsync(CaseDefinitions.LifecycleInstanceId(licence.Value.Id), cancellationToken)
            ?? throw new WorkflowInstanceNotFoundException(CaseDefinitions.LifecycleInstanceId(licence.Value.Id));
        JsonObject? data = null;
        if (trigger == RequestExtension)
        {
            var requested = requestedValidTo ?? throw new IntakeValidationException([new FieldProblem("requestedValidTo", "Name the new end date of the licence.")]);
            ThrowIfInvalid(SunsetOf(lifecycle.Value).ValidateExtension(licence.Value, requested, time.GetUtcNow()));
            data = new JsonObject { [CaseData.RequestedValidTo] = requested.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) };
        }
        else if (trigger == Extend)
        {
            var requested = lifecycle.Value.Data[CaseData.RequestedValidTo]?.GetValue<string>() is { } text
                ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)
                : throw new IntakeValidationException([new FieldProblem("trigger", "No extension has been requested.")]);
            ThrowIfInvalid(SunsetOf(lifecycle.Value).ValidateExtension(licence.Value, requested, time.GetUtcNow()));
            data = new JsonObject { [CaseData.ValidTo] = requested.ToString("O", CultureInfo.InvariantCulture) };
        }
        else if (requestedValidTo is not null)
        {
            throw new IntakeValidationException([new FieldProblem("requestedValidTo", "Only an extension request names a new end date.")]);
        }

        return await engine.FireAsync(lifecycle.Value.Id, new FireCommand(trigger, WorkflowActors.From(actor, actorName), reason, data, ifMatch), cancellationToken);
    }

    private static SunsetRule SunsetOf(WorkflowInstance lifecycle) =>
        SunsetRule.For(Enum.TryParse<DeploymentContext>(lifecycle.Data[CaseData.Deployment]?.GetValue<string>(), out var deployment) ? deployment : DeploymentContext.RealWorldTesting);

    private static void ThrowIfInvalid(IReadOnlyList<FieldProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new IntakeValidationException(problems);
        }
    }
}
