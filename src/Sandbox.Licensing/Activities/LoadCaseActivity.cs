using System.Text.Json;
using System.Text.Json.Nodes;
using Sandbox.Domain.Applications;
using Sandbox.Licensing.Cases;
using Sandbox.Storage.Documents;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Activities;

/// <summary>
/// Copies the facts the case definitions route on from the latest submitted version: tier, review days, screening
/// status, verifications, classification codes and destinations. Reading only: safe to repeat.
/// </summary>
public sealed class LoadCaseActivity(CaseFiles files) : IWorkflowActivity
{
    public string Name => "load-case";

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (application, version, organization) = await files.LatestAsync(context.Instance.Subject.Id, cancellationToken);
        var content = version.Content;

        // The application carries the latest assessment: after an adjudication it is re-assessed, the version is not.
        var assessment = application.Assessment ?? version.Assessment;
        var tier = (int)assessment.Tier;
        var verifications = new JsonArray();
        if (organization.IsVerifiedHumanitarian)
        {
            verifications.Add("humanitarian");
        }

        if (organization.IsVerifiedPartner)
        {
            verifications.Add("partner");
        }

        // Each version is routed afresh: what an earlier round decided (route, consultations) does not carry over.
        return new ActivityOutcome(new JsonObject
        {
            [CaseData.ExpeditedRoute] = null,
            [CaseData.FastTrackRoute] = null,
            [CaseData.ConsultationRequired] = null,
            [CaseData.ConsultationTargets] = null,
            [CaseData.Consultations] = null,
            [CaseData.AlliedObjection] = false,
            [CaseData.ApplicationId] = application.Id,
            [CaseData.ApplicationReference] = application.Reference,
            [CaseData.Version] = version.Number,
            [CaseData.Title] = application.Title,
            [CaseData.Tier] = tier,
            [CaseData.ReviewDays] = assessment.ReviewDays,
            [CaseData.FastTrackDays] = Math.Max(1, assessment.ReviewDays / 2),
            [CaseData.Screening] = application.ScreeningStatus.ToString(),
            [CaseData.Verifications] = verifications,
            [CaseData.Expedited] = content.IsExpedited,
            [CaseData.HumanitarianEndUse] = content.EndUse?.Category == EndUseCategory.HumanitarianAndDisasterResponse,
            [CaseData.RequestedDays] = content.RequestedDurationDays,
            [CaseData.Deployment] = content.Deployment?.ToString(),
            [CaseData.TemplateId] = content.SandboxTemplateId,
            [CaseData.ClassificationCodes] = new JsonArray(content.TechnologyItems.Select(t => t.ClassificationCode).OfType<string>().Distinct().Select(c => (JsonNode)c).ToArray()),
            [CaseData.Destinations] = new JsonArray(Destinations(content).Select(c => (JsonNode)c).ToArray()),
            [CaseData.DefaultConditions] = JsonSerializer.SerializeToNode(assessment.DefaultConditions, StorageJson.Options),
            [CaseData.NeedsCountersign] = NeedsCountersign(tier, alliedObjection: false),
        });
    }

    /// <summary>Where the technology goes: the countries of the end user, ultimate end user and consignee.</summary>
    internal static IReadOnlyList<string> Destinations(ApplicationContent content) =>
        content.Parties.Where(p => p.Role is PartyRole.EndUser or PartyRole.UltimateEndUser or PartyRole.Consignee)
            .Select(p => p.Country).OfType<string>().Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Tier 2 always; Tier 1 when an ally objected (a second pair of eyes before undercutting an ally).</summary>
    internal static bool NeedsCountersign(int tier, bool alliedObjection) => tier == 2 || (tier == 1 && alliedObjection);
}
