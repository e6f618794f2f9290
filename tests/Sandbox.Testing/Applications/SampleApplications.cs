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
}
