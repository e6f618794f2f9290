namespace Sandbox.Domain.Screening;

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
