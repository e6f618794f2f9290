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
    /// Fires a lifecycle trigger. Whether the actor may comes first; then every problem with the request at once: a
    /// missing reason, and for an extension request its new end date against the sunset rule (checked again when the
    /// extension is granted: the rule may have been met meanwhile).
    /// </summary>
    public async Task<Versioned<WorkflowInstance>> ActAsync(
        CaseActor actor, string actorName, string id, string trigger, string? reason, DateTimeOffset? requestedValidTo, string ifMatch, CancellationToken cancellationToken = default)
    {
        var licence = await GetAsync(actor, id, cancellationToken);
        var lifecycle = await engine.GetAsync(CaseDefinitions.LifecycleInstanceId(licence.Value.Id), cancellationToken)
            ?? throw new WorkflowInstanceNotFoundException(CaseDefinitions.LifecycleInstanceId(licence.Value.Id));
        var person = WorkflowActors.From(actor, actorName);
        var offered = (await engine.PermittedAsync(lifecycle.Value.Id, person, cancellationToken)).FirstOrDefault(t => t.Trigger == trigger);
        if (offered is { Permitted: false })
        {
            throw new TriggerNotPermittedException(lifecycle.Value.Id, lifecycle.Value.State, trigger, offered.Unmet);
        }

        var problems = new List<FieldProblem>();
        if (offered?.ReasonRequired == true && string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new FieldProblem("reason", $"'{offered.Label}' needs a reason."));
        }

        JsonObject? data = null;
        if (trigger == RequestExtension)
        {
            if (requestedValidTo is not { } requested)
            {
                problems.Add(new FieldProblem("requestedValidTo", "Name the new end date of the licence."));
            }
            else
            {
                problems.AddRange(SunsetOf(lifecycle.Value).ValidateExtension(licence.Value, requested, time.GetUtcNow()));
                data = new JsonObject { [CaseData.RequestedValidTo] = requested.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) };
            }
        }
        else if (trigger == Extend)
        {
            if (lifecycle.Value.Data[CaseData.RequestedValidTo]?.GetValue<string>() is not { } text)
            {
                problems.Add(new FieldProblem("trigger", "No extension has been requested."));
            }
            else
            {
                var requested = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
                problems.AddRange(SunsetOf(lifecycle.Value).ValidateExtension(licence.Value, requested, time.GetUtcNow()));
                data = new JsonObject { [CaseData.ValidTo] = requested.ToString("O", CultureInfo.InvariantCulture) };
            }
        }
        else if (requestedValidTo is not null)
        {
            problems.Add(new FieldProblem("requestedValidTo", "Only an extension request names a new end date."));
        }

        ThrowIfInvalid(problems);
        return await engine.FireAsync(lifecycle.Value.Id, new FireCommand(trigger, person, reason, data, ifMatch), cancellationToken);
    }

    private static SunsetRule SunsetOf(WorkflowInstance lifecycle) =>
        SunsetRule.For(Enum.TryParse<DeploymentContext>(lifecycle.Data[CaseData.Deployment]?.GetValue<string>(), out var deployment) ? deployment : DeploymentContext.RealWorldTesting);

    private static void ThrowIfInvalid(List<FieldProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new IntakeValidationException(problems);
        }
    }
}
