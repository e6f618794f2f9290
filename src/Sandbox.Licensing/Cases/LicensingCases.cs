using System.Text.Json;
using System.Text.Json.Nodes;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Refusals;
using Sandbox.Storage.Documents;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Cases;

/// <summary>
/// The case workflows as people use them: which workflow a submission starts, the case's current instance, and
/// decisions (validated against the refusal catalogue and the sunset rule before anything is stored).
/// </summary>
public sealed class LicensingCases(
    WorkflowEngine engine, CaseFiles files, PilotApplications applications, RefusalCriteria refusals, Sandbox.Applications.Templates.SandboxTemplateCatalog templates, TimeProvider time)
{
    /// <summary>Triggers that carry a decision: they go through <see cref="DecideAsync"/> so the decision is validated.</summary>
    public static IReadOnlySet<string> DecisionTriggers { get; } = new HashSet<string>(StringComparer.Ordinal) { "approve", "approve-provisional", "refuse", "no-licence-required" };

    /// <summary>Expedited humanitarian requests of verified humanitarian organizations, the partner fast track, or the standard review.</summary>
    public async Task<Versioned<WorkflowInstance>> StartAsync(PilotApplication application, WorkflowActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        var (_, _, organization) = await files.LatestAsync(application.Id, cancellationToken);
        var definition = application.IsExpedited && organization.IsVerifiedHumanitarian ? CaseDefinitions.ExpeditedHumanitarian
            : organization.IsVerifiedPartner ? CaseDefinitions.PartnerFastTrack
            : CaseDefinitions.Standard;
        return await engine.StartAsync(new StartWorkflow(
            definition,
            CaseDefinitions.CaseInstanceId(definition, application.Id),
            new WorkflowSubject("case", application.Id, application.Reference, application.Title, application.OrganizationId),
            [],
            actor), cancellationToken);
    }

    /// <summary>Every case and consultation instance of the application, oldest first, if the actor may see the application.</summary>
    public async Task<IReadOnlyList<WorkflowInstance>> InstancesAsync(CaseActor actor, string applicationId, CancellationToken cancellationToken = default)
    {
        await applications.GetAsync(actor, applicationId, cancellationToken);
        return await engine.FindBySubjectAsync(applicationId, cancellationToken);
    }

    /// <summary>The case instance that is running (after a hand-over, the one it was handed to), or the last one.</summary>
    public static WorkflowInstance? Current(IReadOnlyList<WorkflowInstance> instances)
    {
        ArgumentNullException.ThrowIfNull(instances);
        var cases = instances.Where(i => CaseDefinitions.Cases.Contains(i.DefinitionId)).ToList();
        return cases.LastOrDefault(i => !i.Completed) ?? cases.LastOrDefault();
    }

    internal async Task<WorkflowInstance?> CurrentAsync(string applicationId, CancellationToken cancellationToken) =>
        Current(await engine.FindBySubjectAsync(applicationId, cancellationToken));

    /// <summary>Records a decision: approve (with conditions and a validity window), refuse (coded reasons and a rationale) or no licence required.</summary>
    public async Task<Versioned<WorkflowInstance>> DecideAsync(
        CaseActor actor, string actorName, string instanceId, LicenceDecision? decision, string ifMatch, CancellationToken cancellationToken = default)
    {
        var instance = await VisibleAsync(actor, instanceId, cancellationToken);
        var (_, version, _) = await files.LatestAsync(instance.Value.Subject.Id, cancellationToken);
        var content = version.Content;
        var sunset = SunsetRule.For(content.Deployment ?? DeploymentContext.RealWorldTesting);
        var problems = DecisionRules.Validate(decision, await refusals.InForceAsync(cancellationToken), sunset, time.GetUtcNow(), content.RequestedDurationDays ?? sunset.MaxInitialDays).ToList();
        var provisional = instance.Value.DefinitionId == CaseDefinitions.ExpeditedHumanitarian;
        if (provisional && decision is { ValidFrom: { } from, ValidTo: { } to } && to > from.AddDays(Activities.IssueLicenceActivity.MaxProvisionalDays))
        {
            problems.Add(new FieldProblem("validTo", $"A provisional licence runs at most {Activities.IssueLicenceActivity.MaxProvisionalDays} days."));
        }

        if (provisional && decision?.Outcome is DecisionOutcome.Refuse or DecisionOutcome.NoLicenceRequired)
        {
            problems.Add(new FieldProblem("outcome", "An expedited request is approved provisionally or referred to the standard review, which decides refusals."));
        }

        problems.AddRange(WeakerThanDefaults(instance.Value, decision, templates.Find(content.SandboxTemplateId)?.Region));
        if (problems.Count > 0)
        {
            throw new IntakeValidationException(problems);
        }

        var trigger = decision!.Outcome switch
        {
            DecisionOutcome.Refuse => "refuse",
            DecisionOutcome.NoLicenceRequired => "no-licence-required",
            _ when provisional => "approve-provisional",
            _ => "approve",
        };
        var data = new JsonObject { [CaseData.Decision] = JsonSerializer.SerializeToNode(decision, StorageJson.Options) };
        return await engine.FireAsync(instanceId, new FireCommand(trigger, WorkflowActors.From(actor, actorName), decision.Rationale, data, ifMatch), cancellationToken);
    }

    /// <summary>
    /// Conditions looser than the tier's defaults are a proviso: allowed only as an approval with provisos, whose
    /// rationale says why (and which the countersigner, where there is one, reads).
    /// </summary>
    private static IEnumerable<FieldProblem> WeakerThanDefaults(WorkflowInstance instance, LicenceDecision? decision, string? templateRegion)
    {
        if (decision is not { Outcome: DecisionOutcome.Approve, Conditions: { } conditions }
            || instance.Data[CaseData.DefaultConditions]?.Deserialize<List<Sandbox.Domain.Risk.DefaultCondition>>(StorageJson.Options) is not { Count: > 0 } defaults)
        {
            return [];
        }

        // Narrative defaults are wording a regulator may rephrase; the machine-enforced ones are the floor.
        var floor = LicenceConditionDefaults.From(defaults, templateRegion, []) with { Narrative = [] };
        return conditions.ShortfallsAgainst(floor).Select(p => p with { Message = p.Message + " This is looser than the tier's default: approve with provisos and say why in the rationale." });
    }

    /// <summary>Any other trigger of a case or consultation instance: countersign, concur, request information, appeal, answer a consultation.</summary>
    public async Task<Versioned<WorkflowInstance>> ActAsync(
        CaseActor actor, string actorName, string instanceId, string trigger, string? reason, string ifMatch, CancellationToken cancellationToken = default)
    {
        if (DecisionTriggers.Contains(trigger))
        {
            throw new IntakeValidationException([new FieldProblem("trigger", $"'{trigger}' records a decision: send it to the decision endpoint with its conditions or reasons.")]);
        }

        if (trigger is "withdraw" or "resubmitted")
        {
            throw new IntakeValidationException([new FieldProblem("trigger", $"'{trigger}' follows the application: withdraw or resubmit the application itself.")]);
        }

        await VisibleAsync(actor, instanceId, cancellationToken);
        return await engine.FireAsync(instanceId, new FireCommand(trigger, WorkflowActors.From(actor, actorName), reason, IfMatch: ifMatch), cancellationToken);
    }

    public async Task<IReadOnlyList<PermittedTrigger>> PermittedAsync(CaseActor actor, string actorName, string instanceId, CancellationToken cancellationToken = default)
    {
        await VisibleAsync(actor, instanceId, cancellationToken);
        return await engine.PermittedAsync(instanceId, WorkflowActors.From(actor, actorName), cancellationToken);
    }

    /// <summary>
    /// A case instance is visible to the applicant's organization (which the API shows only its stage) and to case
    /// readers outside it; a consultation also to the allied reviewers of the consulted authority (they see the
    /// consultation, not the application). A consultation whose authority has no organization here is nobody's.
    /// </summary>
    public async Task<Versioned<WorkflowInstance>> VisibleAsync(CaseActor actor, string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var instance = await engine.GetAsync(instanceId, cancellationToken);
        if (instance is null || instance.Value.Subject.Kind != "case")
        {
            throw new WorkflowInstanceNotFoundException(instanceId);
        }

        if (instance.Value.DefinitionId == CaseDefinitions.AlliedConsultation && actor.Roles.Contains(Sandbox.Domain.Access.SandboxRoles.AlliedReviewer))
        {
            var ally = instance.Value.Data[CaseData.AllyOrganizationId]?.GetValue<string>();
            return ally is not null && actor.BelongsTo(ally) ? instance : throw new WorkflowInstanceNotFoundException(instanceId);
        }

        PilotApplication application;
        try
        {
            application = (await applications.GetAsync(actor, instance.Value.Subject.Id, cancellationToken)).Value;
        }
        catch (CaseNotFoundException)
        {
            throw new WorkflowInstanceNotFoundException(instanceId);
        }

        return (actor.IsApplicant && actor.BelongsTo(application.OrganizationId)) || actor.MayReadCase(application)
            ? instance
            : throw new WorkflowInstanceNotFoundException(instanceId);
    }

    /// <summary>
    /// Whether the actor sees the case side of the instance (data, history, routing): a case reader outside the
    /// applicant's organization, or the consulted authority's reviewers for a consultation. Everyone else who may
    /// see the case sees its stage only (no tipping-off).
    /// </summary>
    public async Task<bool> ShowsCaseSideAsync(CaseActor actor, WorkflowInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.DefinitionId == CaseDefinitions.AlliedConsultation && actor.Roles.Contains(Sandbox.Domain.Access.SandboxRoles.AlliedReviewer))
        {
            return instance.Data[CaseData.AllyOrganizationId]?.GetValue<string>() is { } ally && actor.BelongsTo(ally);
        }

        var application = (await applications.GetAsync(actor, instance.Subject.Id, cancellationToken)).Value;
        return actor.MayReadCase(application);
    }
}
