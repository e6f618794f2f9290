namespace Sandbox.Domain.Applications;

public static partial class ApplicationRules
{
    private static void CheckShape(ApplicationContent content, ProblemList problems)
    {
        if (content.Contact is { } contact)
        {
            problems.Length("contact.name", contact.Name, ApplicationLimits.ShortText);
            problems.Email("contact.email", contact.Email);
            problems.Length("contact.phone", contact.Phone, 40);
        }

        if (content.Plan is { } plan)
        {
            problems.Length("plan.title", plan.Title, ApplicationLimits.ShortText);
            problems.Length("plan.objectives", plan.Objectives, ApplicationLimits.LongText);
            problems.Length("plan.methodology", plan.Methodology, ApplicationLimits.LongText);
            if (NotNullList("plan.milestones", plan.Milestones, ApplicationLimits.MaxMilestones, problems))
            {
                for (var i = 0; i < plan.Milestones.Count; i++)
                {
                    problems.Length(At("plan.milestones", i, "title"), plan.Milestones[i].Title, ApplicationLimits.ShortText);
                }
            }
        }

        if (NotNullList("technologyItems", content.TechnologyItems, ApplicationLimits.MaxTechnologyItems, problems))
        {
            for (var i = 0; i < content.TechnologyItems.Count; i++)
            {
                var item = content.TechnologyItems[i];
                problems.Length(At("technologyItems", i, "name"), item.Name, ApplicationLimits.ShortText);
                problems.Length(At("technologyItems", i, "description"), item.Description, ApplicationLimits.LongText);
                problems.DefinedAll(At("technologyItems", i, "capabilities"), item.Capabilities);
                problems.Length(At("technologyItems", i, "classificationCode"), item.ClassificationCode, 32);
            }
        }

        if (content.EndUse is { } endUse)
        {
            problems.Defined("endUse.category", endUse.Category);
            problems.Length("endUse.description", endUse.Description, ApplicationLimits.LongText);
        }

        if (NotNullList("parties", content.Parties, ApplicationLimits.MaxParties, problems))
        {
            for (var i = 0; i < content.Parties.Count; i++)
            {
                var party = content.Parties[i];
                problems.Defined(At("parties", i, "role"), party.Role);
                problems.Defined(At("parties", i, "sector"), party.Sector);
                problems.Length(At("parties", i, "name"), party.Name, ApplicationLimits.ShortText);
                if (!string.IsNullOrWhiteSpace(party.Name) && !party.Name.Any(char.IsLetterOrDigit))
                {
                    problems.Add(At("parties", i, "name"), "A party's name needs letters or digits; it is screened against the denied-party lists.");
                }

                problems.Country(At("parties", i, "country"), party.Country);
                problems.Length(At("parties", i, "address"), party.Address, 500);
            }
        }

        problems.Defined("deployment", content.Deployment);
        problems.DefinedAll("dataCategories", content.DataCategories);
        if (content.AffectedPopulations is { } populations)
        {
            problems.Length("affectedPopulations.description", populations.Description, ApplicationLimits.LongText);
            problems.DefinedAll("affectedPopulations.vulnerableGroups", populations.VulnerableGroups);
            if (populations.EstimatedPeople is < 0 or > 100_000_000)
            {
                problems.Add("affectedPopulations.estimatedPeople", "Give a number of people from 0 to 100,000,000.");
            }
        }

        if (content.Safeguards is { } safeguards)
        {
            problems.DefinedAll("safeguards.measures", safeguards.Measures);
            problems.Length("safeguards.informedConsentPlan", safeguards.InformedConsentPlan, ApplicationLimits.LongText);
            problems.Length("safeguards.notes", safeguards.Notes, ApplicationLimits.LongText);
        }

        if (content.RequestedDurationDays is < 1 or > ApplicationLimits.MaxDurationDays)
        {
            problems.Add("requestedDurationDays", $"Request between 1 and {ApplicationLimits.MaxDurationDays} days.");
        }

        problems.Length("sandboxTemplateId", content.SandboxTemplateId, 64);
        problems.Length("expedited.justification", content.Expedited?.Justification, ApplicationLimits.LongText);
        NotNullList("attachments", content.Attachments, ApplicationLimits.MaxAttachments, problems);
    }

    private static bool NotNullList<T>(string field, IReadOnlyList<T>? items, int max, ProblemList problems)
        where T : class
    {
        if (items is null)
        {
            problems.Add(field, "Send a list (it may be empty), not null.");
            return false;
        }

        problems.Count(field, items, max);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                problems.Add(At(field, i), "An entry is empty (null).");
                return false;
            }
        }

        return true;
    }
}
