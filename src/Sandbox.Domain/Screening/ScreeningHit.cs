namespace Sandbox.Domain.Screening;

/// <summary>One listed party that matched a screened name.</summary>
/// <param name="Record">The SDN record.</param>
/// <param name="Score">In [0, 1]: the name score, raised slightly when the country supports it.</param>
/// <param name="NameScore">The name score alone.</param>
/// <param name="MatchedName">The primary name or alias that matched best.</param>
/// <param name="MatchedAlias">Whether <paramref name="MatchedName"/> is an alias.</param>
/// <param name="SupportingCountry">Whether the screened party's country is one known for the record.</param>
public sealed record ScreeningHit(SdnRecord Record, double Score, double NameScore, string MatchedName, bool MatchedAlias, bool SupportingCountry);

/// <summary>Something that screens a name against the list.</summary>
public interface INameScreener
{
    IReadOnlyList<ScreeningHit> Screen(string name, string? country = null, int max = 10, double threshold = ScreeningDefaults.Threshold);
}

/// <summary>Thresholds and the country boost.</summary>
public static class ScreeningDefaults
{
    /// <summary>Hits at or above this score are reported (review queue).</summary>
    public const double Threshold = 0.80;

    /// <summary>A hit at or above this score is a high-confidence match.</summary>
    public const double HighConfidence = 0.92;

    /// <summary>Added to a name score that already reaches the threshold when the country matches.</summary>
    public const double CountryBoost = 0.03;
}
