using Sandbox.Domain.Applications;
using Sandbox.Domain.Organizations;
using Sandbox.Testing.Applications;

namespace Sandbox.Domain.Tests.Applications;

public sealed class ApplicationRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly DateOnly Start = Today.AddDays(14);

    private static readonly Organization University =
        Organization.Register("org-1", "TU Example", OrganizationType.ResearchInstitution, CountryCode.Parse("NL"), DateTimeOffset.UnixEpoch);

    private static readonly Organization Ngo =
        Organization.Register("org-2", "Relief Mapping Collective", OrganizationType.HumanitarianOrganization, CountryCode.Parse("KE"), DateTimeOffset.UnixEpoch);

    private static SubmissionContext Context(Organization? applicant = null) => new(
        Today,
        new HashSet<string>(["SBX-BEHAV-VIDEO", "SBX-INT-SW"], StringComparer.Ordinal),
        new Dictionary<string, TemplateTerms>
        {
            [SampleApplications.TemplateId] = new(SampleApplications.TemplateId, "Crowd-density video analytics counts", 183, [DeploymentContext.LabOnly, DeploymentContext.SyntheticData, DeploymentContext.RealWorldTesting]),
            ["network-flow-intrusion"] = new("network-flow-intrusion", "Network flow records", 365, [DeploymentContext.LabOnly, DeploymentContext.SyntheticData]),
        },
        applicant ?? University);

    private static ApplicationContent Complete => SampleApplications.CrowdCounting(Start);

    private static IEnumerable<string> FieldsOf(IReadOnlyList<FieldProblem> problems) => problems.Select(p => p.Field);

    [Fact]
    public void A_complete_application_passes_both_gates()
    {
        Assert.Empty(ApplicationRules.ValidateDraft(Complete));
        Assert.Empty(ApplicationRules.ValidateForSubmission(Complete, Context()));
    }

    [Fact]
    public void An_empty_draft_is_fine_to_save_but_submission_names_every_missing_part()
    {
        Assert.Empty(ApplicationRules.ValidateDraft(ApplicationContent.Empty));

        var problems = ApplicationRules.ValidateForSubmission(ApplicationContent.Empty, Context());

        Assert.Superset(
            new HashSet<string>(["contact.name", "contact.email", "plan.title", "plan.objectives", "plan.methodology", "plan.startOn", "technologyItems",
                "endUse.category", "endUse.description", "parties", "deployment", "dataCategories", "sandboxTemplateId", "requestedDurationDays"]),
            FieldsOf(problems).ToHashSet());
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    [Fact]
    public void Drafts_are_held_to_sizes_formats_and_known_values()
    {
        var draft = Complete with
        {
            Contact = new ContactPerson(new string('x', 201), "not-an-email", null),
            Parties = [new Party { Role = (PartyRole)42, Name = "Somebody", Country = "XX" }],
            TechnologyItems = [new TechnologyItem { Name = "Sensor", Capabilities = [Capability.SensorFusion, Capability.SensorFusion] }],
            RequestedDurationDays = 0,
        };

        var fields = FieldsOf(ApplicationRules.ValidateDraft(draft)).ToList();

        Assert.Equal(["contact.name", "contact.email", "technologyItems[0].capabilities", "parties[0].role", "parties[0].country", "requestedDurationDays"], fields);
    }

    [Fact]
    public void A_party_name_without_letters_or_digits_cannot_be_screened_and_is_refused()
    {
        var draft = Complete with { Parties = [Complete.Parties[0] with { Name = "--" }] };

        Assert.Equal(["parties[0].name"], FieldsOf(ApplicationRules.ValidateDraft(draft)));
    }

    [Fact]
    public void Null_lists_and_null_entries_are_refused_not_crashed_on()
    {
        var draft = Complete with { Parties = null!, TechnologyItems = [null!], DataCategories = null! };

        var fields = FieldsOf(ApplicationRules.ValidateDraft(draft)).ToList();

        Assert.Equal(["technologyItems[0]", "parties", "dataCategories"], fields);
    }

    [Fact]
    public void The_classification_must_be_in_the_catalogue_in_force()
    {
        var content = Complete with { TechnologyItems = [Complete.TechnologyItems[0] with { ClassificationCode = "5A001.j" }] };

        var problem = Assert.Single(ApplicationRules.ValidateForSubmission(content, Context()));

        Assert.Equal("technologyItems[0].classificationCode", problem.Field);
        Assert.Contains("not in the classification catalogue", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_world_testing_on_personal_data_needs_informed_consent_with_a_plan()
    {
        var personal = Complete with { DataCategories = [DataCategory.Personal] };
        Assert.Equal(["safeguards.measures"], FieldsOf(ApplicationRules.ValidateForSubmission(personal, Context())));

        var consentWithoutPlan = personal with { Safeguards = personal.Safeguards! with { Measures = [.. personal.Safeguards.Measures, Safeguard.InformedConsent] } };
        Assert.Equal(["safeguards.informedConsentPlan"], FieldsOf(ApplicationRules.ValidateForSubmission(consentWithoutPlan, Context())));

        var withPlan = consentWithoutPlan with { Safeguards = consentWithoutPlan.Safeguards! with { InformedConsentPlan = "Signs at every entrance, opt-out zone, deletion on request within 48 hours." } };
        Assert.Empty(ApplicationRules.ValidateForSubmission(withPlan, Context()));
    }

    [Fact]
    public void Real_world_testing_is_capped_at_six_months_and_by_the_template()
    {
        var tooLong = Complete with { RequestedDurationDays = 200 };

        var messages = ApplicationRules.ValidateForSubmission(tooLong, Context()).Where(p => p.Field == "requestedDurationDays").Select(p => p.Message).ToList();

        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.Contains("at most 183 days", StringComparison.Ordinal));
    }

    [Fact]
    public void The_template_must_support_the_deployment_context()
    {
        var content = Complete with { SandboxTemplateId = "network-flow-intrusion" };

        var problem = Assert.Single(ApplicationRules.ValidateForSubmission(content, Context()));

        Assert.Equal("deployment", problem.Field);
    }

    [Fact]
    public void Milestones_must_fall_inside_the_pilot_and_the_start_cannot_be_past()
    {
        var content = Complete with
        {
            Plan = Complete.Plan! with { StartOn = Today.AddDays(-1), Milestones = [new Milestone("Late", Today.AddDays(400))] },
        };

        Assert.Equal(["plan.startOn", "plan.milestones[0].dueOn"], FieldsOf(ApplicationRules.ValidateForSubmission(content, Context())));
    }

    [Fact]
    public void Only_verified_humanitarian_organizations_may_ask_for_the_expedited_path()
    {
        var expedited = Complete with
        {
            EndUse = new EndUse(EndUseCategory.HumanitarianAndDisasterResponse, "Locating survivors after the flood in the lower valley."),
            Expedited = new ExpeditedRequest("Flood season starts in three weeks; the standard clock would miss it."),
            RequestedDurationDays = 90,
        };

        Assert.Equal(["expedited"], FieldsOf(ApplicationRules.ValidateForSubmission(expedited, Context(University))));
        Assert.Equal(["expedited"], FieldsOf(ApplicationRules.ValidateForSubmission(expedited, Context(Ngo))));

        var verified = Ngo.VerifyHumanitarian(new Verification("admin", DateTimeOffset.UnixEpoch, "OCHA registration checked"));
        Assert.Empty(ApplicationRules.ValidateForSubmission(expedited, Context(verified)));
        Assert.Equal(["requestedDurationDays"], FieldsOf(ApplicationRules.ValidateForSubmission(expedited with { RequestedDurationDays = 91 }, Context(verified))));
    }

    [Fact]
    public void An_end_user_party_is_required()
    {
        var content = Complete with { Parties = [Complete.Parties[1]] };

        Assert.Equal(["parties"], FieldsOf(ApplicationRules.ValidateForSubmission(content, Context())));
    }
}
