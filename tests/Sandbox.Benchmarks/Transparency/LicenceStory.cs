using System.Text.Json.Nodes;
using Sandbox.Applications.Templates;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Risk;
using Sandbox.Licensing.Cases;
using Sandbox.Provisioning.Environments;
using Sandbox.Workflows.Instances;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// What happens to a licence once issued, up to the cutoff: it becomes active on its start date, 7% are suspended
/// (then reinstated, or revoked), 3% are revoked outright, and the rest expire. Its lifecycle instance and its sandbox
/// follow each change; every suspension and revocation is recorded in <see cref="SeededFacts"/>.
/// </summary>
internal sealed class LicenceStory(Random random, SeededFacts facts, SandboxTemplateCatalog templates)
{
    private static readonly HashSet<string> FinalStates = new(StringComparer.Ordinal) { "expired", "revoked" };
    private readonly Dictionary<int, int> _lastNumberByYear = [];

    public SeededLicence Issue(LicencePlan plan, CaseFile file)
    {
        var template = templates.Find(file.TemplateId) ?? throw new InvalidOperationException($"No template {file.TemplateId}.");
        var year = plan.IssuedAt.Year;
        var number = _lastNumberByYear[year] = _lastNumberByYear.GetValueOrDefault(year) + 1;
        var reference = LicenceReference.Format(year, number);
        var id = "lic-" + random.HexId()[..24];
        var changes = new List<LicenceStatusChange> { new(LicenceStatus.Issued, plan.IssuedAt, "rita", "Rita Regulator", "Licence issued") };
        var lifecycle = new InstanceTimeline(CaseDefinitions.LicenceLifecycle, 3, plan.IssuedAt, "issued");
        var sandbox = new SandboxTimeline();
        foreach (var (status, at) in Planned(plan))
        {
            if (!SeedScope.BeforeCutoff(at))
            {
                break;
            }

            changes.Add(new LicenceStatusChange(status, at, status == LicenceStatus.Expired ? "system" : "rita", "Rita Regulator", Reason(status)));
            Follow(lifecycle, sandbox, status, at, template);
            if (status is LicenceStatus.Suspended or LicenceStatus.Revoked)
            {
                facts.LicenceActions.Add(new LicenceActionFact(at, status));
            }
        }

        var licence = new PilotLicence
        {
            Id = id,
            Reference = reference,
            Kind = plan.Kind,
            ApplicationId = file.ApplicationId,
            ApplicationReference = file.Reference,
            ApplicationVersion = 1,
            HolderOrganizationId = file.OrganizationId,
            HolderOrganizationName = "Organization " + file.OrganizationId,
            PilotTitle = file.Title,
            TemplateId = template.Id,
            TemplateVersion = template.Version,
            Tier = (RiskTier)file.Tier,
            ValidFrom = plan.ValidFrom,
            ValidTo = plan.ValidTo,
            SunsetAt = plan.ValidTo.AddDays(180),
            Status = changes[^1].Status,
            Conditions = template.DefaultConditions with { DeclaredPurposes = ["Evaluate the pilot's accuracy on synthetic records"] },
            Decision = new LicenceDecisionRecord { Outcome = DecisionOutcome.Approve, DecidedById = "rita", DecidedByName = "Rita Regulator", DecidedAt = plan.DecidedAt },
            StatusChanges = changes,
            WorkflowInstanceId = plan.CaseInstanceId,
            IssuedAt = plan.IssuedAt,
        };
        var subject = new WorkflowSubject("licence", id, reference, file.Title, file.OrganizationId);
        var instance = lifecycle.ToInstance(CaseDefinitions.LifecycleInstanceId(id), subject, new JsonObject { [CaseData.LicenceId] = id, [CaseData.ApplicationId] = file.ApplicationId }, FinalStates);
        var environment = sandbox.Created ? Environment(licence, template, sandbox) : null;
        if (environment is not null)
        {
            facts.SandboxReadiness.Add(sandbox.Intervals());
        }

        var exports = environment is null ? [] : ExportStory.For(random, facts, environment.Id, template.Datasets[0].Name, sandbox.Intervals());
        return new SeededLicence(licence, instance, environment, exports);
    }

    private List<(LicenceStatus Status, DateTimeOffset At)> Planned(LicencePlan plan)
    {
        var activeAt = plan.ValidFrom > plan.IssuedAt ? plan.ValidFrom : plan.IssuedAt.AddMinutes(1);
        var span = plan.ValidTo - activeAt;
        var planned = new List<(LicenceStatus, DateTimeOffset)> { (LicenceStatus.Active, activeAt) };
        var roll = random.Next(100);
        if (roll < 7)
        {
            var suspendedAt = activeAt + span * (0.05 + random.NextDouble() * 0.7);
            planned.Add((LicenceStatus.Suspended, suspendedAt));
            var revoke = random.Chance(40);
            planned.Add(revoke ? (LicenceStatus.Revoked, suspendedAt + span * (0.03 + random.NextDouble() * 0.07)) : (LicenceStatus.Active, suspendedAt + span * (0.03 + random.NextDouble() * 0.12)));
            if (revoke)
            {
                return planned;
            }
        }
        else if (roll < 10)
        {
            planned.Add((LicenceStatus.Revoked, activeAt + span * (0.1 + random.NextDouble() * 0.8)));
            return planned;
        }

        planned.Add((LicenceStatus.Expired, plan.ValidTo));
        return planned;
    }

    private static void Follow(InstanceTimeline lifecycle, SandboxTimeline sandbox, LicenceStatus status, DateTimeOffset at, SandboxTemplate template)
    {
        switch (status)
        {
            case LicenceStatus.Active when lifecycle.State == "issued":
                lifecycle.Move("active", "activate", at, ActorKind.Timer);
                sandbox.Provision(at, template.Datasets.Select(d => d.Name));
                break;
            case LicenceStatus.Active:
                lifecycle.Move("active", "reinstate", at, ActorKind.Human, reason: "The holder remedied the breach.");
                sandbox.Open(at.AddMinutes(5), "reopen");
                break;
            case LicenceStatus.Suspended:
                lifecycle.Move("suspended", "suspend", at, ActorKind.Human, reason: "Telemetry stopped arriving.");
                sandbox.Shut(at, final: false);
                break;
            case LicenceStatus.Revoked:
                lifecycle.Move("revoked", "revoke", at, ActorKind.Human, reason: "The breach was not remedied.");
                sandbox.Shut(at, final: true);
                break;
            default:
                lifecycle.Move("expired", "expire", at, ActorKind.Timer);
                sandbox.Shut(at, final: true);
                break;
        }
    }

    private static string Reason(LicenceStatus status) => status switch
    {
        LicenceStatus.Active => "In force",
        LicenceStatus.Suspended => "Telemetry stopped arriving.",
        LicenceStatus.Revoked => "The breach was not remedied.",
        _ => "Validity ended",
    };

    private static SandboxEnvironment Environment(PilotLicence licence, SandboxTemplate template, SandboxTimeline sandbox) => new()
    {
        Id = SandboxIds.ForLicence(licence.Reference),
        LicenceId = licence.Id,
        LicenceReference = licence.Reference,
        HolderOrganizationId = licence.HolderOrganizationId,
        HolderOrganizationName = licence.HolderOrganizationName,
        PilotTitle = licence.PilotTitle,
        TemplateId = template.Id,
        TemplateVersion = template.Version,
        TemplateName = template.Name,
        Region = template.Region,
        Status = sandbox.Status,
        Datasets = [.. template.Datasets.Select(d => new SandboxDataset { Recipe = d, ChunkSize = 500, Complete = true })],
        Conditions = licence.Conditions,
        Quotas = template.Quotas,
        OfferedOperations = [SandboxIds.QueryOperation, SandboxIds.ExportRequestOperation],
        NamedResearchers = ["user-" + licence.HolderOrganizationId],
        CreatedAt = sandbox.History[0].At,
        CredentialGeneration = 1,
        ClientsEnabled = sandbox.Status == SandboxStatus.Ready,
        PurgeDueAt = sandbox.ClosedAt?.AddDays(30),
        History = sandbox.History,
    };
}
