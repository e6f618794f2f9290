using Sandbox.Applications.Reference;

namespace Sandbox.Applications.Reviews;

/// <summary>
/// The renewals of one reviewed subject. Versioned reference data is never edited, so a classification entry or risk
/// rule keeps its review date here, keyed by kind, reference version and subject: a new version starts from the date
/// its publisher gave. For an allied denial the denial document holds the date and this only the renewal history.
/// </summary>
public sealed record ReviewRecord
{
    /// <summary>The ETag a subject never renewed is listed with; renewing it creates the record, so two first renewals cannot both win.</summary>
    public const string UnrenewedETag = "\"unrenewed\"";

    public required string Id { get; init; }

    public required ReviewKind Kind { get; init; }

    /// <summary>The entry code, rule id or denial id.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The catalogue or rule set version; null for allied denials.</summary>
    public int? ReferenceVersion { get; init; }

    public required DateOnly ReviewBy { get; init; }

    public IReadOnlyList<ReviewRenewal> Renewals { get; init; } = [];

    public ReviewRenewal? LastRenewal => Renewals.Count > 0 ? Renewals[^1] : null;

    public static string IdFor(ReviewKind kind, string subjectId, int? referenceVersion) =>
        referenceVersion is { } version
            ? $"{ReviewKinds.Slug(kind)}.{ReferenceIds.For(version)}.{subjectId}"
            : $"{ReviewKinds.Slug(kind)}.{subjectId}";

    public static ReviewRecord Start(ReviewKind kind, string subjectId, int? referenceVersion, DateOnly reviewBy) =>
        new() { Id = IdFor(kind, subjectId, referenceVersion), Kind = kind, SubjectId = subjectId, ReferenceVersion = referenceVersion, ReviewBy = reviewBy };

    public ReviewRecord Renew(ReviewRenewal renewal)
    {
        ArgumentNullException.ThrowIfNull(renewal);
        return this with { ReviewBy = renewal.ReviewBy, Renewals = [.. Renewals, renewal] };
    }
}
