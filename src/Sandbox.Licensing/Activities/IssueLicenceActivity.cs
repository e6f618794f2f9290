using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Risk;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Storage.Documents;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Activities;

/// <summary>
/// Issues the licence the decision describes and starts its lifecycle. The licence id is derived from the case and
/// the kind, so a retry finds the licence (and its number) instead of issuing a second one. A full licence supersedes
/// a provisional one still running.
/// </summary>
public sealed class IssueLicenceActivity(CaseFiles files, LicenceRegistry licences, ReferenceNumbers references, IServiceProvider services, TimeProvider time) : IWorkflowActivity
{
    public const int MaxProvisionalDays = 90;

    public string Name => "issue-licence";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
        Enum.TryParse<LicenceKind>(parameters?["kind"]?.GetValue<string>(), out _) ? [] : ["'kind' must be Full or Provisional"];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var kind = Enum.Parse<LicenceKind>(context.Parameter("kind"));
        var id = LicenceId(context.Instance.Id, kind);
        var licence = (await licences.GetAsync(id, cancellationToken))?.Value ?? await IssueAsync(context, kind, id, cancellationToken);
        var engine = Engine.Of(services);
        var lifecycleId = CaseDefinitions.LifecycleInstanceId(licence.Id);
        await engine.StartAsync(new StartWorkflow(
            CaseDefinitions.LicenceLifecycle,
            lifecycleId,
            new WorkflowSubject("licence", licence.Id, licence.Reference, licence.PilotTitle, licence.HolderOrganizationId),
            new JsonObject
            {
                [CaseData.LicenceId] = licence.Id,
                [CaseData.LicenceReference] = licence.Reference,
                [CaseData.ApplicationId] = licence.ApplicationId,
                [CaseData.Tier] = (int)licence.Tier,
                [CaseData.ValidFrom] = licence.ValidFrom.ToString("O", CultureInfo.InvariantCulture),
                [CaseData.ValidTo] = licence.ValidTo.ToString("O", CultureInfo.InvariantCulture),
                ["kind"] = licence.Kind.ToString(),
                [CaseData.Deployment] = context.Data[CaseData.Deployment]?.DeepClone(),
            },
            WorkflowActor.System,
            context.Instance.Id), cancellationToken);
        await licences.ChangeAsync(licence.Id, l => l.WorkflowInstanceId == lifecycleId, l => l with { WorkflowInstanceId = lifecycleId }, cancellationToken);
        if (licence.SupersedesLicenceId is { } superseded)
        {
            await FireQuietlyAsync(engine, CaseDefinitions.LifecycleInstanceId(superseded), "supersede", cancellationToken);
        }

        var data = new JsonObject { [CaseData.LicenceId] = licence.Id, [CaseData.LicenceReference] = licence.Reference };
        if (kind == LicenceKind.Provisional)
        {
            data[CaseData.ProvisionalLicenceId] = licence.Id;
        }

        return new ActivityOutcome(data);
    }

    private async Task<PilotLicence> IssueAsync(ActivityContext context, LicenceKind kind, string id, CancellationToken cancellationToken)
    {
        var decision = context.Data[CaseData.Decision].Deserialize<LicenceDecision>(StorageJson.Options)
            ?? throw new InvalidOperationException("The case has no decision to issue a licence from.");
        var (application, version, organization) = await files.LatestAsync(context.Instance.Subject.Id, cancellationToken);
        var validFrom = decision.ValidFrom ?? throw new InvalidOperationException("The decision has no start date.");
        var validTo = decision.ValidTo ?? throw new InvalidOperationException("The decision has no end date.");
        var conditions = decision.Conditions ?? throw new InvalidOperationException("The decision has no conditions.");
        if (kind == LicenceKind.Provisional)
        {
            validTo = validTo < validFrom.AddDays(MaxProvisionalDays) ? validTo : validFrom.AddDays(MaxProvisionalDays);
            conditions = ProvisionalConditions.Apply(conditions);
        }

        var supersedes = kind == LicenceKind.Full
            ? (await licences.ForApplicationAsync(application.Id, cancellationToken)).FirstOrDefault(l => l.Kind == LicenceKind.Provisional && !LicenceLifecycle.IsFinal(l.Status))
            : null;
        var decider = context.Instance.History.LastOrDefault(h => h.Trigger is "approve" or "approve-provisional");
        var countersigner = context.Instance.History.LastOrDefault(h => h.Trigger == "countersign");
        var now = time.GetUtcNow();
        var licence = new PilotLicence
        {
            Id = id,
            Reference = await references.NextAsync(LicenceReference.Prefix, cancellationToken),
            Kind = kind,
            ApplicationId = application.Id,
            ApplicationReference = application.Reference,
            ApplicationVersion = version.Number,
            HolderOrganizationId = organization.Id,
            HolderOrganizationName = organization.Name,
            PilotTitle = application.Title ?? application.Reference,
            TemplateId = version.Content.SandboxTemplateId ?? "",
            TemplateVersion = services.GetService<Sandbox.Applications.Templates.SandboxTemplateCatalog>()?.Find(version.Content.SandboxTemplateId)?.Version,
            Tier = (RiskTier)(context.Data[CaseData.Tier]?.GetValue<int>() ?? (int)version.Assessment.Tier),
            ValidFrom = validFrom,
            ValidTo = validTo,
            SunsetAt = SunsetRule.For(version.Content.Deployment ?? DeploymentContext.RealWorldTesting).SunsetAt(validFrom),
            Status = LicenceStatus.Issued,
            Conditions = conditions,
            Decision = new LicenceDecisionRecord
            {
                Outcome = decision.Outcome,
                DecidedById = decider?.ActorId ?? "system",
                DecidedByName = decider?.ActorName ?? "Sandbox",
                CountersignedById = countersigner?.ActorId,
                CountersignedByName = countersigner?.ActorName,
                DecidedAt = decider?.At ?? now,
                Rationale = decision.Rationale,
                AlliedConsultationSummary = ConsultationSummary(context.Data),
            },
            SupersedesLicenceId = supersedes?.Id,
            StatusChanges = [new LicenceStatusChange(LicenceStatus.Issued, now, decider?.ActorId ?? "system", decider?.ActorName ?? "Sandbox", kind == LicenceKind.Provisional ? "Provisional licence issued" : "Licence issued")],
            IssuedAt = now,
        };
        return await licences.CreateOnceAsync(licence, cancellationToken);
    }

    internal static string LicenceId(string caseInstanceId, LicenceKind kind) =>
        "lic-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{caseInstanceId}:{kind}")))[..24];

    private static string? ConsultationSummary(JsonObject data) =>
        data[CaseData.Consultations] is JsonObject { Count: > 0 } consultations
            ? string.Join("; ", consultations.Select(c => $"{c.Value?["country"]?.GetValue<string>() ?? c.Key}: {c.Value?["outcome"]?.GetValue<string>()}"
                + (c.Value?["reason"]?.GetValue<string>() is { } reason ? $" ({reason})" : "")))
            : null;

    internal static async Task FireQuietlyAsync(WorkflowEngine engine, string instanceId, string trigger, CancellationToken cancellationToken)
    {
        try
        {
            await engine.FireAsync(instanceId, new FireCommand(trigger, WorkflowActor.System), cancellationToken);
        }
        catch (Exception e) when (e is TriggerNotPermittedException or WorkflowInstanceNotFoundException)
        {
            // Already ended (expired, revoked, surrendered) or never started.
        }
    }
}
