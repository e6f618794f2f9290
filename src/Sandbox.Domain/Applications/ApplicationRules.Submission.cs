using System.Globalization;
using Sandbox.Domain.Organizations;

namespace Sandbox.Domain.Applications;

public static partial class ApplicationRules
{
    private const int Min = ApplicationLimits.MinimumExplanation;

    private static void CheckComplete(ApplicationContent content, SubmissionContext context, ProblemList problems)
    {
        CheckContact(content.Contact, problems);
        CheckPlan(content, context.Today, problems);
        CheckTechnology(content.TechnologyItems, context.ClassificationCodes, problems);
        CheckEndUseAndParties(content, problems);
        CheckDataAndDeployment(content, problems);
        CheckDurationAndTemplate(content, context, problems);
        CheckExpedited(content, context.Applicant, problems);
    }

    private static void CheckContact(ContactPerson? contact, ProblemList problems)
    {
        problems.Required("contact.name", contact?.Name, 2, ApplicationLimits.ShortText, "The contact's name");
        if (string.IsNullOrWhiteSpace(contact?.Email))
        {
            problems.Add("contact.email", "The contact's e-mail address is required.");
        }
    }

    private static void CheckPlan(ApplicationContent content, DateOnly today, ProblemList problems)
    {
        var plan = content.Plan;
        problems.Required("plan.title", plan?.Title, 5, ApplicationLimits.ShortText, "A pilot title");
        problems.Required("plan.objectives", plan?.Objectives, Min, ApplicationLimits.LongText, "The objectives");
        problems.Required("plan.methodology", plan?.Methodology, Min, ApplicationLimits.LongText, "The methodology");
        if (plan?.StartOn is not { } start)
        {
            problems.Add("plan.startOn", "A planned start date is required.");
            return;
        }

        if (start < today)
        {
            problems.Add("plan.startOn", "The start date cannot be in the past.");
        }

        if (plan.Milestones.Count == 0)
        {
            problems.Add("plan.milestones", "The timeline needs at least one milestone.");
        }

        var end = content.RequestedDurationDays is { } days ? start.AddDays(days) : (DateOnly?)null;
        for (var i = 0; i < plan.Milestones.Count; i++)
        {
            var milestone = plan.Milestones[i];
            problems.Required(At("plan.milestones", i, "title"), milestone.Title, 3, ApplicationLimits.ShortText, "A milestone title");
            if (milestone.DueOn is not { } due)
            {
                problems.Add(At("plan.milestones", i, "dueOn"), "A milestone needs a date.");
            }
            else if (due < start || (end is { } last && due > last))
            {
                problems.Add(At("plan.milestones", i, "dueOn"), string.Create(CultureInfo.InvariantCulture,
                    $"Milestones fall within the pilot ({start:yyyy-MM-dd} to {(end is { } e ? e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "its end")})."));
            }
        }
    }

    private static void CheckTechnology(IReadOnlyList<TechnologyItem> items, IReadOnlySet<string> codes, ProblemList problems)
    {
        if (items.Count == 0)
        {
            problems.Add("technologyItems", "Describe at least one technology item.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            problems.Required(At("technologyItems", i, "name"), item.Name, 2, ApplicationLimits.ShortText, "The item's name");
            problems.Required(At("technologyItems", i, "description"), item.Description, Min, ApplicationLimits.LongText, "The item's description");
            if (string.IsNullOrWhiteSpace(item.ClassificationCode))
            {
                problems.Add(At("technologyItems", i, "classificationCode"), "Choose the item's control category from the catalogue.");
            }
            else if (!codes.Contains(item.ClassificationCode))
            {
                problems.Add(At("technologyItems", i, "classificationCode"), $"'{item.ClassificationCode}' is not in the classification catalogue in force.");
            }
        }
    }

    private static void CheckEndUseAndParties(ApplicationContent content, ProblemList problems)
    {
        if (content.EndUse?.Category is null)
        {
            problems.Add("endUse.category", "Choose an end-use category.");
        }

        problems.Required("endUse.description", content.EndUse?.Description, Min, ApplicationLimits.LongText, "The specific end use");
        if (!content.Parties.Any(p => p.Role == PartyRole.EndUser))
        {
            problems.Add("parties", "Name the end user (a party with the role EndUser).");
        }

        for (var i = 0; i < content.Parties.Count; i++)
        {
            var party = content.Parties[i];
            if (party.Role is null)
            {
                problems.Add(At("parties", i, "role"), "Choose the party's role.");
            }

            if (party.Sector is null)
            {
                problems.Add(At("parties", i, "sector"), "Choose the party's sector.");
            }

            problems.Required(At("parties", i, "name"), party.Name, 2, ApplicationLimits.ShortText, "The party's name");
            if (string.IsNullOrWhiteSpace(party.Country))
            {
                problems.Add(At("parties", i, "country"), "The party's country is required.");
            }
        }
    }

    private static void CheckDataAndDeployment(ApplicationContent content, ProblemList problems)
    {
        if (content.Deployment is null)
        {
            problems.Add("deployment", "Choose where the pilot runs (lab only, synthetic data or real-world testing).");
        }

        if (content.DataCategories.Count == 0)
        {
            problems.Add("dataCategories", "Choose the kinds of data the pilot handles.");
        }

        var touchesPeople = content.Deployment == DeploymentContext.RealWorldTesting || HandlesPersonalData(content);
        if (touchesPeople)
        {
            problems.Required("affectedPopulations.description", content.AffectedPopulations?.Description, Min, ApplicationLimits.LongText,
                "Real-world testing and personal data need a description of the people affected; it");
        }

        var measures = content.Safeguards?.Measures ?? [];
        if (content.Deployment == DeploymentContext.RealWorldTesting && HandlesPersonalData(content) && !measures.Contains(Safeguard.InformedConsent))
        {
            problems.Add("safeguards.measures", "Real-world testing on personal data needs informed consent (EU AI Act Art. 61).");
        }

        if (measures.Contains(Safeguard.InformedConsent))
        {
            problems.Required("safeguards.informedConsentPlan", content.Safeguards?.InformedConsentPlan, Min, ApplicationLimits.LongText,
                "An informed consent plan (how people are told, consent and withdraw)");
        }
    }

    private static void CheckDurationAndTemplate(ApplicationContent content, SubmissionContext context, ProblemList problems)
    {
        TemplateTerms? template = null;
        if (string.IsNullOrWhiteSpace(content.SandboxTemplateId))
        {
            problems.Add("sandboxTemplateId", "Choose a sandbox template.");
        }
        else if (!context.Templates.TryGetValue(content.SandboxTemplateId, out template))
        {
            problems.Add("sandboxTemplateId", $"There is no sandbox template '{content.SandboxTemplateId}'.");
        }
        else if (content.Deployment is { } deployment && !template.DeploymentContexts.Contains(deployment))
        {
            problems.Add("deployment", $"The template '{template.Name}' does not support {deployment}.");
        }

        if (content.RequestedDurationDays is not { } days)
        {
            problems.Add("requestedDurationDays", "Request a duration in days.");
            return;
        }

        if (template is not null && days > template.MaxDurationDays)
        {
            problems.Add("requestedDurationDays", string.Create(CultureInfo.InvariantCulture, $"The template '{template.Name}' runs at most {template.MaxDurationDays} days."));
        }

        if (content.Deployment == DeploymentContext.RealWorldTesting && days > ApplicationLimits.MaxRealWorldTestingDays)
        {
            problems.Add("requestedDurationDays", string.Create(CultureInfo.InvariantCulture,
                $"Real-world testing is licensed for at most {ApplicationLimits.MaxRealWorldTestingDays} days at a time; ask for an extension later."));
        }
    }

    private static void CheckExpedited(ApplicationContent content, Organization applicant, ProblemList problems)
    {
        if (content.Expedited is not { } expedited)
        {
            return;
        }

        if (!applicant.IsVerifiedHumanitarian)
        {
            problems.Add("expedited", "Only verified humanitarian organizations can ask for the expedited path.");
        }

        if (content.EndUse?.Category != EndUseCategory.HumanitarianAndDisasterResponse)
        {
            problems.Add("endUse.category", "The expedited path is for humanitarian and disaster-response pilots.");
        }

        problems.Required("expedited.justification", expedited.Justification, Min, ApplicationLimits.LongText, "A justification for expediting");
        if (content.RequestedDurationDays > ApplicationLimits.MaxExpeditedDays)
        {
            problems.Add("requestedDurationDays", string.Create(CultureInfo.InvariantCulture,
                $"An expedited pilot runs on a provisional licence of at most {ApplicationLimits.MaxExpeditedDays} days."));
        }
    }

    private static bool HandlesPersonalData(ApplicationContent content) =>
        content.DataCategories.Any(c => c is DataCategory.Personal or DataCategory.Biometric or DataCategory.Location);
}
