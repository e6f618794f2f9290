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

    public static RiskInput From(ApplicationContent content, CatalogueVersion catalogue, ScreeningSummary screening, Organization applicant)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(applicant);
        return new RiskInput(
            content.TechnologyItems.Select(i => new RiskItem(i.ClassificationCode is { } code ? catalogue.Find(code)?.ImpactRating : null, i.Capabilities)).ToList(),
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
}
