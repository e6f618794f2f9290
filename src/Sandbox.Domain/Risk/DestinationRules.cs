namespace Sandbox.Domain.Risk;

/// <summary>
/// Points when any destination lies outside the partner jurisdictions. This is about where the technology goes,
/// never where the applicant comes from.
/// </summary>
/// <param name="PartnerJurisdictions">ISO 3166-1 alpha-2 codes, upper case.</param>
public sealed record DestinationRules(IReadOnlyList<string> PartnerJurisdictions, int NonPartnerPoints);
