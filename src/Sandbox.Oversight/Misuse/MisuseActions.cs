using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Storage.Documents;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Oversight.Misuse;

/// <summary>
/// The steps people take on a report, each a trigger of its workflow instance. The guards decide who may; this adds
/// what the guards cannot know before the step: the licence named at triage must exist and must not be held by the
/// triaging regulator's own organization, and added conditions must make the licence stricter.
/// </summary>
public sealed class MisuseActions(
    DocumentSet<MisuseReport> reports, LicenceRegistry licences, WorkflowEngine engine, IOptions<MisuseOptions> options)
{
    public async Task<Versioned<WorkflowInstance>> ActAsync(
        CaseActor actor, string actorName, string id, string trigger, MisuseDecision decision, string? ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(decision);
        var report = (await reports.ReadAsync(id, id, cancellationToken))?.Value;
        if (report is null || MisuseReports.AudienceOf(actor, report) is null or MisuseAudience.Reporter)
        {
            throw new MisuseReportNotFoundException(id);
        }

        var instanceId = MisuseIds.Instance(id);
        var person = WorkflowActors.From(actor, actorName);
        var offered = (await engine.PermittedAsync(instanceId, person, cancellationToken)).FirstOrDefault(t => t.Trigger == trigger);
        if (offered is { Permitted: false } || offered is null)
        {
            var state = (await engine.GetAsync(instanceId, cancellationToken))?.Value.State ?? "";
            throw new TriggerNotPermittedException(instanceId, state, trigger, offered?.Unmet ?? [$"no such step '{trigger}'"]);
        }

        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(decision.Reason) || decision.Reason.Length > 4000)
        {
            problems.Add(new FieldProblem("reason", $"'{offered.Label}' needs a reason of at most 4,000 characters."));
        }

        var data = trigger switch
        {
            "triage" => await TriageDataAsync(actor, decision, problems, cancellationToken),
            "add-conditions" => AddedConditions(await LinkedLicenceAsync(instanceId, cancellationToken), decision, problems),
            _ => null,
        };
        if (trigger != "triage" && (decision.Severity is not null || decision.LicenceReference is not null))
        {
            problems.Add(new FieldProblem("severity", "Severity and licence are set at triage."));
        }

        if (trigger != "add-conditions" && decision.AddedConditions is not null)
        {
            problems.Add(new FieldProblem("addedConditions", "Only 'add conditions' takes conditions."));
        }

        if (problems.Count > 0)
        {
            throw new IntakeValidationException(problems);
        }

        if (trigger is "suspend" or "revoke" && await LinkedLicenceAsync(instanceId, cancellationToken) is { } licence)
        {
            await EnsureLicenceAllowsAsync(person, licence, trigger, cancellationToken);
            data = MisuseActingRegulator.Record(person);
        }

        // The report's step commits first, with the ETag the person read; only then does its activity act on the licence.
        return await engine.FireAsync(instanceId, new FireCommand(trigger, person, decision.Reason!.Trim(), data, ifMatch), cancellationToken);
    }

    /// <summary>
    /// A suspension or revocation is carried out on the licence's lifecycle by the report's activity, as this person;
    /// it is refused here, before the report moves, when the lifecycle would not let this person do it now. A licence
    /// already in that state is left as it is.
    /// </summary>
    private async Task EnsureLicenceAllowsAsync(WorkflowActor person, PilotLicence licence, string trigger, CancellationToken cancellationToken)
    {
        if (licence.Status == LicenceStatus.Revoked || (trigger == "suspend" && licence.Status == LicenceStatus.Suspended))
        {
            return;
        }

        var lifecycleId = CaseDefinitions.LifecycleInstanceId(licence.Id);
        var offered = (await engine.PermittedAsync(lifecycleId, person, cancellationToken)).FirstOrDefault(t => t.Trigger == trigger);
        if (offered is not { Permitted: true })
        {
            var state = (await engine.GetAsync(lifecycleId, cancellationToken))?.Value.State ?? "";
            throw new TriggerNotPermittedException(lifecycleId, state, trigger,
                offered?.Unmet is { Count: > 0 } unmet ? unmet : [$"licence {licence.Reference} is {licence.Status}: it cannot be {(trigger == "suspend" ? "suspended" : "revoked")} now"]);
        }
    }

    private async Task<JsonObject?> TriageDataAsync(CaseActor actor, MisuseDecision decision, List<FieldProblem> problems, CancellationToken cancellationToken)
    {
        if (decision.Severity is not { } severity || !Enum.IsDefined(severity))
        {
            problems.Add(new FieldProblem("severity", "Choose a severity: Low, Medium, High or Critical."));
            return null;
        }

        var data = new JsonObject
        {
            [MisuseData.Severity] = severity.ToString(),
            [MisuseData.InvestigationDays] = options.Value.InvestigationDays(severity),
            [MisuseData.LicenceId] = null,
        };
        if (string.IsNullOrWhiteSpace(decision.LicenceReference))
        {
            return data;
        }

        var licence = (await licences.FindByReferenceAsync(decision.LicenceReference.Trim().ToUpperInvariant(), cancellationToken))?.Value;
        if (licence is null)
        {
            problems.Add(new FieldProblem("licenceReference", $"There is no licence {decision.LicenceReference.Trim()}."));
            return null;
        }

        if (actor.BelongsTo(licence.HolderOrganizationId))
        {
            problems.Add(new FieldProblem("licenceReference", "The licence is held by your own organization: another regulator must triage this report."));
            return null;
        }

        data[MisuseData.LicenceId] = licence.Id;
        data[MisuseData.LicenceReference] = licence.Reference;
        data[MisuseData.HolderOrganizationId] = licence.HolderOrganizationId;
        return data;
    }

    private async Task<PilotLicence?> LinkedLicenceAsync(string instanceId, CancellationToken cancellationToken) =>
        (await engine.GetAsync(instanceId, cancellationToken))?.Value.Data[MisuseData.LicenceId]?.GetValue<string>() is { } licenceId
            ? (await licences.GetAsync(licenceId, cancellationToken))?.Value
            : null;

    private static JsonObject? AddedConditions(PilotLicence? licence, MisuseDecision decision, List<FieldProblem> problems)
    {
        if (decision.AddedConditions is not { } added)
        {
            problems.Add(new FieldProblem("addedConditions", "Name the conditions to add."));
            return null;
        }

        if (licence is null)
        {
            problems.Add(new FieldProblem("addedConditions", "The report is not linked to a licence."));
            return null;
        }

        var tightened = LicenceConditions.Strictest(licence.Conditions, added);
        problems.AddRange(LicenceConditionRules.Validate(tightened, "addedConditions"));
        problems.AddRange(tightened.ShortfallsAgainst(added, "addedConditions"));
        if (tightened.Equals(licence.Conditions))
        {
            problems.Add(new FieldProblem("addedConditions", "These conditions add nothing stricter than the licence already has."));
        }

        return new JsonObject { [MisuseData.AddedConditions] = JsonSerializer.SerializeToNode(added, StorageJson.Options) };
    }
}
