using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Domain.Screening;

/// <summary>
/// A denial by an allied authority (EU 2021/821 Art. 16 notifications). While <see cref="IsInForce"/> it is screened
/// under <see cref="ScreeningLists.AlliedDenials"/> and answers the "no undercut" question for its classification
/// code and destination. Denials are reviewed periodically (three years by default) and can be withdrawn.
/// </summary>
public sealed partial record AlliedDenial
{
    public const int MaxNameLength = 300;
    public const int MaxAliases = 20;
    public const int MaxReferenceLength = 100;
    public const int MaxEndUseLength = 2000;
    public const int MaxReasonLength = 1000;

    /// <summary>EU 2021/821: denials are reviewed every three years.</summary>
    public const int DefaultReviewYears = 3;

    public required string Id { get; init; }

    /// <summary>ISO 3166-1 alpha-2 of the denying authority.</summary>
    public required string AuthorityCountry { get; init; }

    public required string AuthorityReference { get; init; }

    public required string DeniedPartyName { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 of the denied party: the destination.</summary>
    public required string PartyCountry { get; init; }

    /// <summary>Normalized by <see cref="ClassificationCodes.TryNormalize"/>.</summary>
    public required string ClassificationCode { get; init; }

    public required string EndUseSummary { get; init; }

    public required DateOnly DeniedOn { get; init; }

    public required DateOnly ReviewBy { get; init; }

    public required string RecordedBy { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public AlliedDenialStatus Status { get; init; } = AlliedDenialStatus.Active;

    public string? WithdrawnBy { get; init; }

    public DateTimeOffset? WithdrawnAt { get; init; }

    public string? WithdrawalReason { get; init; }

    /// <summary>Active and not past its review date: screened, and counted for "no undercut".</summary>
    public bool IsInForce(DateOnly today) => Status == AlliedDenialStatus.Active && ReviewBy >= today;

    /// <summary>
    /// The id of an authority's denial notice: a hash of the authority's country and its reference (case-insensitive),
    /// so the same notice recorded twice is one document.
    /// </summary>
    public static string IdFor(string authorityCountry, string authorityReference)
    {
        ArgumentNullException.ThrowIfNull(authorityCountry);
        ArgumentNullException.ThrowIfNull(authorityReference);
        var key = authorityCountry.Trim().ToUpperInvariant() + "\u001f" + authorityReference.Trim().ToUpperInvariant();
        return "ad-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
    }

    /// <summary>The allied authority withdrew the denial; it is kept, no longer screened.</summary>
    public AlliedDenial Withdraw(string reason, string withdrawnBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(withdrawnBy);
        if (Status == AlliedDenialStatus.Withdrawn)
        {
            throw new InvalidOperationException($"Denial {AuthorityReference} was already withdrawn on {WithdrawnAt:u} by {WithdrawnBy}.");
        }

        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxReasonLength)
        {
            throw new ScreeningValidationException("The withdrawal", new Dictionary<string, string[]>
            {
                ["reason"] = [$"A withdrawal needs a reason of 1 to {MaxReasonLength} characters."],
            });
        }

        return this with { Status = AlliedDenialStatus.Withdrawn, WithdrawnBy = withdrawnBy, WithdrawnAt = at, WithdrawalReason = trimmed };
    }

    /// <summary>The denial as an entry of <see cref="ScreeningLists.AlliedDenials"/>; its id is the entry id.</summary>
    public ListedParty ToListedParty() => new(
        ScreeningLists.AlliedDenials,
        Id,
        DeniedPartyName,
        ListedPartyType.Entity,
        Aliases,
        [PartyCountry],
        [$"{AuthorityCountry}:{AuthorityReference}", ClassificationCode],
        EndUseSummary)
    {
        Details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["authorityCountry"] = AuthorityCountry,
            ["authorityReference"] = AuthorityReference,
            ["classificationCode"] = ClassificationCode,
            ["deniedOn"] = Iso(DeniedOn),
            ["reviewBy"] = Iso(ReviewBy),
        },
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
