using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Risk;
using Sandbox.Domain.Tests.Classification;

namespace Sandbox.Domain.Tests.Risk;

/// <summary>The seed rules and the example pilots the brief describes.</summary>
internal static class Pilots
{
    public static RiskRuleSet Rules { get; } = SeedFiles.Read<RiskRuleSet>(SeedFiles.RiskRules);

    /// <summary>An academic lab run on synthetic data with general-purpose tooling, in a partner country.</summary>
    public static RiskInput LabResearch { get; } = new(
        Items: [new RiskItem(ImpactRating.Low, [])],
        EndUseCategory: EndUseCategory.ResearchAndTesting,
        EndUserSectors: [PartySector.AcademicResearch],
        Screening: ScreeningSummary.Clear,
        DestinationCountries: ["NL"],
        ApplicantVerifiedPartner: false,
        ApplicantVerifiedHumanitarian: false,
        DataCategories: [DataCategory.Synthetic],
        VulnerableGroups: [],
        DeploymentContext: DeploymentContext.LabOnly,
        DurationDays: 60,
        Safeguards: [Safeguard.Encryption, Safeguard.AccessLogging]);

    /// <summary>A city's real-world crowd and behaviour analytics on personal data, for public safety.</summary>
    public static RiskInput CityBehaviourAnalytics { get; } = new(
        Items: [new RiskItem(ImpactRating.Moderate, [Capability.BehaviouralAnalytics, Capability.CrowdMonitoring])],
        EndUseCategory: EndUseCategory.PublicSafety,
        EndUserSectors: [PartySector.CivilGovernment],
        Screening: ScreeningSummary.Clear,
        DestinationCountries: ["DE"],
        ApplicantVerifiedPartner: false,
        ApplicantVerifiedHumanitarian: false,
        DataCategories: [DataCategory.Personal],
        VulnerableGroups: [],
        DeploymentContext: DeploymentContext.RealWorldTesting,
        DurationDays: 90,
        Safeguards: [Safeguard.HumanOversight, Safeguard.InformedConsent, Safeguard.DataMinimization, Safeguard.AccessLogging]);

    /// <summary>Intrusion and network surveillance software for police outside the partner jurisdictions, touching minorities.</summary>
    public static RiskInput PoliceIntrusionAbroad { get; } = new(
        Items: [new RiskItem(ImpactRating.Critical, [Capability.IntrusionSoftware]), new RiskItem(ImpactRating.Critical, [Capability.NetworkSurveillance])],
        EndUseCategory: EndUseCategory.PublicSafety,
        EndUserSectors: [PartySector.LawEnforcement],
        Screening: ScreeningSummary.Clear,
        DestinationCountries: ["AE", "DE"],
        ApplicantVerifiedPartner: false,
        ApplicantVerifiedHumanitarian: false,
        DataCategories: [DataCategory.Personal],
        VulnerableGroups: [VulnerableGroup.EthnicOrReligiousMinorities],
        DeploymentContext: DeploymentContext.RealWorldTesting,
        DurationDays: 180,
        Safeguards: [Safeguard.Encryption, Safeguard.Telemetry, Safeguard.AccessLogging]);

    /// <summary>Mobile interception for a military end user at a non-partner border, affecting refugees.</summary>
    public static RiskInput MilitaryInterception { get; } = new(
        Items: [new RiskItem(ImpactRating.Critical, [Capability.CommunicationsInterception, Capability.LocationTracking])],
        EndUseCategory: EndUseCategory.BorderManagement,
        EndUserSectors: [PartySector.MilitaryOrIntelligence],
        Screening: ScreeningSummary.Clear,
        DestinationCountries: ["LY"],
        ApplicantVerifiedPartner: true,
        ApplicantVerifiedHumanitarian: false,
        DataCategories: [DataCategory.Location],
        VulnerableGroups: [VulnerableGroup.RefugeesAndDisplacedPersons],
        DeploymentContext: DeploymentContext.RealWorldTesting,
        DurationDays: 90,
        Safeguards: []);

    /// <summary>A verified humanitarian organization's drone damage-assessment pilot after a typhoon.</summary>
    public static RiskInput DisasterDroneImagery { get; } = new(
        Items: [new RiskItem(ImpactRating.Moderate, [Capability.SensorFusion])],
        EndUseCategory: EndUseCategory.HumanitarianAndDisasterResponse,
        EndUserSectors: [PartySector.HumanitarianOrganization],
        Screening: ScreeningSummary.Clear,
        DestinationCountries: ["PH"],
        ApplicantVerifiedPartner: false,
        ApplicantVerifiedHumanitarian: true,
        DataCategories: [DataCategory.Anonymized],
        VulnerableGroups: [],
        DeploymentContext: DeploymentContext.RealWorldTesting,
        DurationDays: 30,
        Safeguards: [Safeguard.GeoFencing, Safeguard.DataMinimization, Safeguard.Encryption, Safeguard.HumanOversight]);
}
