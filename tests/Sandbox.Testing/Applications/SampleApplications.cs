using Sandbox.Domain.Applications;

namespace Sandbox.Testing.Applications;

/// <summary>Complete, valid application content to start tests from; change one thing with <c>with</c>.</summary>
public static class SampleApplications
{
    public const string TemplateId = "crowd-density-analytics";

    /// <summary>A university's real-world crowd-counting pilot, starting <paramref name="startOn"/>.</summary>
    public static ApplicationContent CrowdCounting(DateOnly startOn, string classificationCode = "SBX-BEHAV-VIDEO") => new()
    {
        Contact = new ContactPerson("Dr. Ines Van Dijk", "ines.vandijk@tu-example.nl", "+31 15 000 0000"),
        Plan = new SandboxPlan
        {
            Title = "Crowd-density estimation for station safety",
            Objectives = "Measure whether per-zone density counts predict platform crowding ten minutes ahead.",
            Methodology = "Train on synthetic counts, then validate against aggregated counts from two stations; no frames leave the cameras.",
            StartOn = startOn,
            Milestones = [new Milestone("Synthetic baseline", startOn.AddDays(30)), new Milestone("Station validation", startOn.AddDays(90))],
        },
        TechnologyItems =
        [
            new TechnologyItem
            {
                Name = "DensityNet edge counter",
                Description = "Edge model that turns camera frames into per-zone head counts and discards the frames on the device.",
                Capabilities = [Capability.CrowdMonitoring, Capability.BehaviouralAnalytics],
                ClassificationCode = classificationCode,
            },
        ],
        EndUse = new EndUse(EndUseCategory.PublicSafety, "Crowd-safety planning on railway platforms by the station operator."),
        Parties =
        [
            new Party { Role = PartyRole.EndUser, Name = "Rail Station Operations BV", Sector = PartySector.CommercialCompany, Country = "NL" },
            new Party { Role = PartyRole.Consignee, Name = "TU Example Crowd Lab", Sector = PartySector.AcademicResearch, Country = "NL" },
        ],
        Deployment = DeploymentContext.RealWorldTesting,
        DataCategories = [DataCategory.Anonymized],
        AffectedPopulations = new AffectedPopulations { Description = "Travellers on two station platforms during the pilot hours.", EstimatedPeople = 40_000 },
        Safeguards = new ProposedSafeguards
        {
            Measures = [Safeguard.Encryption, Safeguard.HumanOversight, Safeguard.DataMinimization],
            Notes = "Counts only; frames are discarded on the device.",
        },
        RequestedDurationDays = 120,
        SandboxTemplateId = TemplateId,
    };

    /// <summary>A verified humanitarian organization's expedited flood-response pilot on synthetic imagery (60 days).</summary>
    public static ApplicationContent FloodDrones(DateOnly startOn) => new()
    {
        Contact = new ContactPerson("Hana Relief", "hana@relief.example", null),
        Plan = new SandboxPlan
        {
            Title = "Drone imagery triage for flood search and rescue",
            Objectives = "Cut the time from drone flight to rescue-team tasking during river floods.",
            Methodology = "Rank imagery tiles by detected structures and people-sized objects; a human coordinator confirms every tasking.",
            StartOn = startOn,
            Milestones = [new Milestone("Synthetic baseline", startOn.AddDays(15)), new Milestone("Evaluation report", startOn.AddDays(45))],
        },
        TechnologyItems =
        [
            new TechnologyItem
            {
                Name = "TileRank triage model",
                Description = "Ranks drone imagery tiles by likely presence of stranded people and damaged structures.",
                Capabilities = [Capability.SensorFusion],
                ClassificationCode = "SBX-AERIAL-IMAGING",
            },
        ],
        EndUse = new EndUse(EndUseCategory.HumanitarianAndDisasterResponse, "Flood search-and-rescue coordination in the Tana river basin."),
        Parties = [new Party { Role = PartyRole.EndUser, Name = "Relief Mapping Collective", Sector = PartySector.HumanitarianOrganization, Country = "KE" }],
        Deployment = DeploymentContext.SyntheticData,
        DataCategories = [DataCategory.Synthetic, DataCategory.Location],
        AffectedPopulations = new AffectedPopulations { Description = "Residents of flood-affected villages shown in simulated imagery only.", VulnerableGroups = [VulnerableGroup.RefugeesAndDisplacedPersons] },
        Safeguards = new ProposedSafeguards { Measures = [Safeguard.HumanOversight, Safeguard.DataMinimization, Safeguard.GeoFencing] },
        RequestedDurationDays = 60,
        SandboxTemplateId = "disaster-drone-imagery",
        Expedited = new ExpeditedRequest("The flood season starts in three weeks; a standard review would end after it."),
    };

    /// <summary>Lab-only research on synthetic network flows with intrusion tooling: a high-impact capability.</summary>
    public static ApplicationContent IntrusionResearch(DateOnly startOn) => new()
    {
        Contact = new ContactPerson("Dr. Ines Van Dijk", "ines.vandijk@tu-example.nl", null),
        Plan = new SandboxPlan
        {
            Title = "Detecting intrusion tooling in enterprise flow records",
            Objectives = "Characterize the network-flow signatures of commodity intrusion frameworks to improve detection.",
            Methodology = "Replay synthetic enterprise traffic with instrumented intrusion tooling in an isolated lab network; no live targets.",
            StartOn = startOn,
            Milestones = [new Milestone("Synthetic baseline", startOn.AddDays(50)), new Milestone("Evaluation report", startOn.AddDays(150))],
        },
        TechnologyItems =
        [
            new TechnologyItem
            {
                Name = "Red-team implant framework",
                Description = "Command-and-control framework used only against the sandbox's synthetic hosts.",
                Capabilities = [Capability.IntrusionSoftware, Capability.NetworkSurveillance],
                ClassificationCode = "SBX-INT-SW",
            },
        ],
        EndUse = new EndUse(EndUseCategory.ResearchAndTesting, "Academic research into intrusion detection for defenders."),
        Parties = [new Party { Role = PartyRole.EndUser, Name = "TU Example Signal Lab", Sector = PartySector.AcademicResearch, Country = "NL" }],
        Deployment = DeploymentContext.LabOnly,
        DataCategories = [DataCategory.Synthetic],
        Safeguards = new ProposedSafeguards { Measures = [Safeguard.Encryption, Safeguard.AccessLogging, Safeguard.Telemetry, Safeguard.TamperEvidentHardware] },
        RequestedDurationDays = 180,
        SandboxTemplateId = "network-flow-intrusion",
    };
}
