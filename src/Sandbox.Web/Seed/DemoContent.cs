using Sandbox.Domain.Applications;

namespace Sandbox.Web.Seed;

/// <summary>The content of the demo applications: realistic pilots across the risk tiers.</summary>
internal static class DemoContent
{
    public static ApplicationContent CrowdCounting(DateOnly start) => new()
    {
        Contact = new ContactPerson("Ada Applicant", "applicant@sandbox.demo", null),
        Plan = Plan("Crowd-density estimation for station safety",
            "Measure whether per-zone density counts predict platform crowding ten minutes ahead.",
            "Train on synthetic counts, then validate on aggregated counts from two stations; frames never leave the cameras.", start, 90),
        TechnologyItems = [Item("DensityNet edge counter", "Edge model turning camera frames into per-zone head counts; frames are discarded on the device.", "SBX-BEHAV-VIDEO", Capability.CrowdMonitoring, Capability.BehaviouralAnalytics)],
        EndUse = new EndUse(EndUseCategory.PublicSafety, "Crowd-safety planning on railway platforms by the station operator."),
        Parties = [Party(PartyRole.EndUser, "Rail Station Operations BV", PartySector.CommercialCompany, "NL"), Party(PartyRole.Consignee, "Demo University Signal Lab", PartySector.AcademicResearch, "NL")],
        Deployment = DeploymentContext.RealWorldTesting,
        DataCategories = [DataCategory.Anonymized],
        AffectedPopulations = new AffectedPopulations { Description = "Travellers on two station platforms during pilot hours.", EstimatedPeople = 40_000 },
        Safeguards = new ProposedSafeguards { Measures = [Safeguard.Encryption, Safeguard.HumanOversight, Safeguard.DataMinimization] },
        RequestedDurationDays = 120,
        SandboxTemplateId = "crowd-density-analytics",
    };

    public static ApplicationContent IntrusionResearch(DateOnly start) => new()
    {
        Contact = new ContactPerson("Ada Applicant", "applicant@sandbox.demo", null),
        Plan = Plan("Detecting intrusion tooling in enterprise flow records",
            "Characterize the network-flow signatures of commodity intrusion frameworks to improve detection.",
            "Replay synthetic enterprise traffic with instrumented intrusion tooling in an isolated lab network; no live targets.", start, 150),
        TechnologyItems = [Item("Red-team implant framework", "Command-and-control framework used only against the sandbox's synthetic hosts.", "SBX-INT-SW", Capability.IntrusionSoftware, Capability.NetworkSurveillance)],
        EndUse = new EndUse(EndUseCategory.ResearchAndTesting, "Academic research into intrusion detection for defenders."),
        Parties =
        [
            Party(PartyRole.EndUser, "Demo University Signal Lab", PartySector.AcademicResearch, "NL"),
            Party(PartyRole.ThirdParty, "Ascotec Science & Technology GmbH", PartySector.CommercialCompany, "DE"),
        ],
        Deployment = DeploymentContext.LabOnly,
        DataCategories = [DataCategory.Synthetic],
        Safeguards = new ProposedSafeguards { Measures = [Safeguard.Encryption, Safeguard.AccessLogging, Safeguard.Telemetry, Safeguard.TamperEvidentHardware] },
        RequestedDurationDays = 180,
        SandboxTemplateId = "network-flow-intrusion",
    };

    public static ApplicationContent FloodDrones(DateOnly start) => new()
    {
        Contact = new ContactPerson("Hana Relief", "humanitarian@sandbox.demo", null),
        Plan = Plan("Drone imagery triage for flood search and rescue",
            "Cut the time from drone flight to rescue-team tasking during river floods.",
            "Rank imagery tiles by detected structures and people-sized objects; a human coordinator confirms every tasking.", start, 45),
        TechnologyItems = [Item("TileRank triage model", "Ranks drone imagery tiles by likely presence of stranded people and damaged structures.", "SBX-AERIAL-IMAGING", Capability.SensorFusion)],
        EndUse = new EndUse(EndUseCategory.HumanitarianAndDisasterResponse, "Flood search-and-rescue coordination in the Tana river basin."),
        Parties = [Party(PartyRole.EndUser, "Relief Mapping Collective", PartySector.HumanitarianOrganization, "KE")],
        Deployment = DeploymentContext.SyntheticData,
        DataCategories = [DataCategory.Synthetic, DataCategory.Location],
        AffectedPopulations = new AffectedPopulations { Description = "Residents of flood-affected villages shown in simulated imagery only.", VulnerableGroups = [VulnerableGroup.RefugeesAndDisplacedPersons] },
        Safeguards = new ProposedSafeguards { Measures = [Safeguard.HumanOversight, Safeguard.DataMinimization, Safeguard.GeoFencing] },
        RequestedDurationDays = 60,
        SandboxTemplateId = "disaster-drone-imagery",
        Expedited = new ExpeditedRequest("The flood season starts in three weeks; a standard review would end after it."),
    };

    /// <summary>Lab-only detection tooling on synthetic flows (Tier 1): the demo's licence with a live sandbox.</summary>
    public static ApplicationContent DetectionLab(DateOnly start) => IntrusionResearch(start) with
    {
        Plan = Plan("Benchmarking flow-based intrusion detectors",
            "Compare three open-source detectors on synthetic enterprise flows and alerts.",
            "Query aggregate flow statistics in the sandbox; nothing leaves except reviewed aggregates.", start, 45),
        TechnologyItems = [Item("FlowBench", "Benchmark harness for flow-based intrusion detectors.", "SBX-RESEARCH-TOOLS", Capability.SensorFusion)],
        Parties = [Party(PartyRole.EndUser, "Demo University Signal Lab", PartySector.AcademicResearch, "NL")],
        RequestedDurationDays = 90,
    };

    public static ApplicationContent BorderSensorsDraft(DateOnly start) => new()
    {
        Contact = new ContactPerson("Ada Applicant", "applicant@sandbox.demo", null),
        Plan = new SandboxPlan { Title = "Fusing seismic and radar telemetry at land borders", StartOn = start },
        TechnologyItems = [Item("FuseTrack", "Fuses seismic, acoustic and radar tracks into crossing alerts.", "SBX-BORDER-FUSION", Capability.SensorFusion, Capability.LocationTracking)],
        EndUse = new EndUse(EndUseCategory.BorderManagement, null),
        SandboxTemplateId = "border-sensor-telemetry",
    };

    private static SandboxPlan Plan(string title, string objectives, string methodology, DateOnly start, int milestoneDay) => new()
    {
        Title = title,
        Objectives = objectives,
        Methodology = methodology,
        StartOn = start,
        Milestones = [new Milestone("Baseline on synthetic data", start.AddDays(milestoneDay / 3)), new Milestone("Evaluation report", start.AddDays(milestoneDay))],
    };

    private static TechnologyItem Item(string name, string description, string code, params Capability[] capabilities) =>
        new() { Name = name, Description = description, ClassificationCode = code, Capabilities = capabilities };

    private static Party Party(PartyRole role, string name, PartySector sector, string country) =>
        new() { Role = role, Name = name, Sector = sector, Country = country };
}
