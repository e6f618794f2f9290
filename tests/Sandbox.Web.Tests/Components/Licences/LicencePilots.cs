using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Testing.Applications;

namespace Sandbox.Web.Tests.Components.Licences;

/// <summary>A Tier 1 pilot (lab-only research tools: one regulator decides) and the approval the tests issue its licence on.</summary>
public static class LicencePilots
{
    public static ApplicationContent Tier1(DateOnly startOn) => SampleApplications.IntrusionResearch(startOn) with
    {
        TechnologyItems = [SampleApplications.IntrusionResearch(startOn).TechnologyItems[0] with { ClassificationCode = "SBX-RESEARCH-TOOLS", Capabilities = [Capability.SensorFusion] }],
    };

    public static LicenceConditions Conditions { get; } = new()
    {
        RetentionDays = 30,
        DataLocalizationRegion = "EU",
        AggregateOnly = true,
        MinimumCellSize = 10,
        NoRawIdentifiers = true,
        DeniedFields = ["device_mac", "plate_number"],
        MaxRowsPerQuery = 5_000,
        QueriesPerDay = 500,
        ExportRequiresReview = true,
        TelemetryRequired = true,
        DeclaredPurposes = ["Evaluate detection accuracy on synthetic records"],
        Narrative = ["Report monthly to the authority.", "Tell the authority within 24 hours of any data incident."],
    };

    public const string Rationale = "Safeguards are proportionate to the risk of this pilot.";

    public static LicenceDecision Approve(DateTimeOffset validFrom, int days) => new()
    {
        Outcome = DecisionOutcome.Approve,
        Conditions = Conditions,
        ValidFrom = validFrom,
        ValidTo = validFrom.AddDays(days),
        Rationale = Rationale,
    };
}
