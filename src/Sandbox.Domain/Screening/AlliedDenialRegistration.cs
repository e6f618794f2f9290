namespace Sandbox.Domain.Screening;

/// <summary>A denial notified by an allied authority, as entered; <see cref="AlliedDenial.Register"/> validates it.</summary>
/// <param name="AuthorityCountry">ISO 3166-1 alpha-2 of the denying authority.</param>
/// <param name="AuthorityReference">The authority's own reference of the denial notice.</param>
/// <param name="DeniedPartyName">The party the export or pilot was denied to.</param>
/// <param name="Aliases">Other names of that party.</param>
/// <param name="PartyCountry">ISO 3166-1 alpha-2 of the denied party (the destination).</param>
/// <param name="ClassificationCode">The item's control code in the harmonized catalogue, such as <c>5A001.j</c>.</param>
/// <param name="EndUseSummary">What the item was meant for, as the authority described it.</param>
/// <param name="DeniedOn">The date of the denial.</param>
/// <param name="ReviewBy">When the denial must be reviewed; by default three years after <paramref name="DeniedOn"/>.</param>
public sealed record AlliedDenialRegistration(
    string AuthorityCountry,
    string AuthorityReference,
    string DeniedPartyName,
    IReadOnlyList<string>? Aliases,
    string PartyCountry,
    string ClassificationCode,
    string EndUseSummary,
    DateOnly DeniedOn,
    DateOnly? ReviewBy = null);
