namespace Sandbox.Applications.Reviews;

/// <summary>How a kind is written in URLs: <c>classification-entry</c>, <c>risk-rule</c>, <c>allied-denial</c>.</summary>
public static class ReviewKinds
{
    private static readonly Dictionary<string, ReviewKind> BySlug = new(StringComparer.OrdinalIgnoreCase)
    {
        ["classification-entry"] = ReviewKind.ClassificationEntry,
        ["risk-rule"] = ReviewKind.RiskRule,
        ["allied-denial"] = ReviewKind.AlliedDenial,
    };

    public static string Slug(ReviewKind kind) => BySlug.First(pair => pair.Value == kind).Key;

    public static bool TryParse(string? slug, out ReviewKind kind) => BySlug.TryGetValue(slug ?? string.Empty, out kind);

    public static IEnumerable<string> Slugs => BySlug.Keys;
}
