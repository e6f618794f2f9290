using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Risk;

namespace Sandbox.Applications.Intake;

/// <summary>Reads from an application exactly what the risk assessment looks at.</summary>
public static class RiskInputs
{
    private static readonly PartyRole[] EndUsers = [PartyRole.EndUser, PartyRole.UltimateEndUser];
    private static readonly PartyRole[] Destinations = [PartyRole.EndUser, PartyRole.Consignee, PartyRole.UltimateEndUser];

    /// <param name="day">When given, an item whose catalogue entry is past its review date on that day counts as lapsed.</param>
    public static RiskInput From(ApplicationContent content, CatalogueVersion catalogue, ScreeningSummary screening, Organization applicant, DateOnly? day = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(applicant);
        return new RiskInput(
            content.TechnologyItems.Select(item => Item(item, catalogue, day)).ToList(),
            content.EndUse?.Category ?? EndUseCategory.ResearchAndTesting,
            content.Parties.Where(p => p.Role is { } role && EndUsers.Contains(role) && p.Sector is not null).Select(p => p.Sector!.Value).ToList(),
            screening,
            content.Parties.Where(p => p.Role is { } role && Destinations.Contains(role) && p.Country is not null).Select(p => p.Country!).ToList(),
            applicant.IsVerifiedPartner,
            applicant.IsVerifiedHumanitarian,
            content.DataCategories,
            content.AffectedPopulations?.VulnerableGroups ?? [],
            content.Deployment ?? DeploymentContext.RealWorldTesting,
            content.RequestedDurationDays ?? 0,
            content.Safeguards?.Measures ?? []);
    }

    private static RiskItem Item(TechnologyItem item, CatalogueVersion catalogue, DateOnly? day)
    {
        if (item.ClassificationCode is not { } code || catalogue.Find(code) is not { } entry)
        {
            return new RiskItem(null, item.Capabilities);
        }

        var reviewBy = catalogue.ReviewByOf(entry);
        return day is { } today && reviewBy < today
            ? new RiskItem(null, item.Capabilities, new ClassificationLapse(entry.Code, entry.ImpactRating, reviewBy))
            : new RiskItem(entry.ImpactRating, item.Capabilities);
    }
}
