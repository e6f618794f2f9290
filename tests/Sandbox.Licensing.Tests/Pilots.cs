using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Testing.Applications;

namespace Sandbox.Licensing.Tests;

/// <summary>Applications at each tier under the seed rules, and decisions to make on them.</summary>
public static class Pilots
{
    public static DateOnly StartOn { get; } = DateOnly.FromDateTime(LicensingTestHost.Start.UtcDateTime).AddDays(14);

    public static DateTimeOffset ValidFrom { get; } = LicensingTestHost.Start.AddDays(14);

    /// <summary>Lab-only research tools on synthetic flows: score 3, Tier 1.</summary>
    public static ApplicationContent Tier1 { get; } = SampleApplications.IntrusionResearch(StartOn) with
    {
        TechnologyItems = [SampleApplications.IntrusionResearch(StartOn).TechnologyItems[0] with { ClassificationCode = "SBX-RESEARCH-TOOLS", Capabilities = [Capability.SensorFusion] }],
    };

    /// <summary>Real-world crowd counting: Tier 2.</summary>
    public static ApplicationContent Tier2 { get; } = SampleApplications.CrowdCounting(StartOn);

    /// <summary>Intrusion tooling for a law-enforcement end user: Tier 3.</summary>
    public static ApplicationContent Tier3 { get; } = SampleApplications.IntrusionResearch(StartOn) with
    {
        Parties = [new Party { Role = PartyRole.EndUser, Name = "National Cyber Defence Agency", Sector = PartySector.LawEnforcement, Country = "NL" }],
    };

    public static LicenceConditions Conditions { get; } = new()
    {
        RetentionDays = 30,
        DataLocalizationRegion = "EU",
        AggregateOnly = true,
        MinimumCellSize = 10,
        MaxRowsPerQuery = 5_000,
        QueriesPerDay = 500,
        ExportRequiresReview = true,
        TelemetryRequired = true,
        NoRawIdentifiers = true,
        DeclaredPurposes = ["Evaluate detection accuracy on synthetic records"],
        Narrative = ["Report monthly to the authority."],
    };

    public static LicenceDecision Approve(int days = 100) => new()
    {
        Outcome = DecisionOutcome.Approve,
        Conditions = Conditions,
        ValidFrom = ValidFrom,
        ValidTo = ValidFrom.AddDays(days),
        Rationale = "Safeguards are proportionate to the risk of this pilot.",
    };

    public static LicenceDecision Refuse(params string[] codes) => new()
    {
        Outcome = DecisionOutcome.Refuse,
        RefusalCodes = codes,
        Rationale = "The safeguards proposed do not address the risk to the people affected.",
    };
}
