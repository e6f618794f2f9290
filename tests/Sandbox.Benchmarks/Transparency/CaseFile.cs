using System.Text.Json.Nodes;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Instances;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>What a case instance knows of its application: its subject and the case data the intake loads.</summary>
internal sealed record CaseFile(
    string ApplicationId, string Reference, string Title, string OrganizationId, int Tier, IReadOnlyList<string> Codes, IReadOnlyList<string> Destinations, string TemplateId)
{
    private static readonly int[] ReviewDaysByTier = [10, 20, 45, 90];

    public int ReviewDays => ReviewDaysByTier[Tier - 1];

    public int FastTrackDays => Math.Max(1, ReviewDays / 2);

    public WorkflowSubject Subject => new("case", ApplicationId, Reference, Title, OrganizationId);

    public JsonObject Data(bool expedited) => new()
    {
        [CaseData.ApplicationId] = ApplicationId,
        [CaseData.ApplicationReference] = Reference,
        [CaseData.Version] = 1,
        [CaseData.Title] = Title,
        [CaseData.Tier] = Tier,
        [CaseData.ReviewDays] = ReviewDays,
        [CaseData.FastTrackDays] = FastTrackDays,
        [CaseData.Screening] = "Clear",
        [CaseData.Expedited] = expedited,
        [CaseData.HumanitarianEndUse] = expedited,
        [CaseData.RequestedDays] = 180,
        [CaseData.Deployment] = "RealWorldTesting",
        [CaseData.TemplateId] = TemplateId,
        [CaseData.ClassificationCodes] = new JsonArray([.. Codes.Select(c => (JsonNode)c)]),
        [CaseData.Destinations] = new JsonArray([.. Destinations.Select(c => (JsonNode)c)]),
        [CaseData.AlliedObjection] = false,
        [CaseData.NeedsCountersign] = Tier >= 3,
    };
}
