using Sandbox.Domain.Applications;

namespace Sandbox.Domain.Risk;

/// <summary>
/// Everything the risk assessment reads, and nothing else: the applicant's country of origin is deliberately absent.
/// Lists are read as sets; their order and duplicates never change the assessment.
/// </summary>
/// <param name="EndUserSectors">Sectors of the end-user and ultimate end-user parties.</param>
/// <param name="DestinationCountries">ISO 3166-1 alpha-2 codes of the end user, consignee and ultimate end user.</param>
/// <param name="ApplicantVerifiedHumanitarian">Credited only when the end use is humanitarian and disaster response.</param>
public sealed record RiskInput(
    IReadOnlyList<RiskItem> Items,
    EndUseCategory EndUseCategory,
    IReadOnlyList<PartySector> EndUserSectors,
    ScreeningSummary Screening,
    IReadOnlyList<string> DestinationCountries,
    bool ApplicantVerifiedPartner,
    bool ApplicantVerifiedHumanitarian,
    IReadOnlyList<DataCategory> DataCategories,
    IReadOnlyList<VulnerableGroup> VulnerableGroups,
    DeploymentContext DeploymentContext,
    int DurationDays,
    IReadOnlyList<Safeguard> Safeguards)
{
    /// <summary>
    /// The same input with every list de-duplicated and sorted (enums by value, countries trimmed, upper-cased and
    /// ordinal), items sorted by impact then capabilities.
    /// </summary>
    public RiskInput Normalized() => this with
    {
        Items = [.. (Items ?? []).Select(item => item with { Capabilities = Set(item.Capabilities) })
            .OrderBy(item => item.Impact.HasValue ? (int)item.Impact.Value : -1)
            .ThenBy(item => string.Join(',', item.Capabilities.Select(c => (int)c)), StringComparer.Ordinal)
            .ThenBy(item => item.Lapse?.Code, StringComparer.Ordinal)],
        EndUserSectors = Set(EndUserSectors),
        DestinationCountries = [.. (DestinationCountries ?? []).Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        DataCategories = Set(DataCategories),
        VulnerableGroups = Set(VulnerableGroups),
        Safeguards = Set(Safeguards),
    };

    private static T[] Set<T>(IReadOnlyList<T>? values)
        where T : struct, Enum => [.. (values ?? []).Distinct().Order()];
}
