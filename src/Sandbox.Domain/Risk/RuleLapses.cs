using System.Globalization;

namespace Sandbox.Domain.Risk;

/// <summary>Takes the rules that passed their review date out of an assessment, saying so in each factor they produced.</summary>
internal static class RuleLapses
{
    public static void Apply(List<RiskFactor> factors, IReadOnlyDictionary<string, DateOnly> lapsed)
    {
        for (var i = 0; i < factors.Count; i++)
        {
            var factor = factors[i];
            if (lapsed.TryGetValue(factor.Code, out var reviewBy))
            {
                factors[i] = factor with
                {
                    Points = 0,
                    Explanation = $"{factor.Label}: the rule lapsed at its review date {Iso(reviewBy)} and was not renewed, so it no longer applies (0); under it: {factor.Explanation}",
                };
            }
        }
    }

    /// <summary>The screening counts the tier floors read: a lapsed floor sees no matches.</summary>
    public static ScreeningSummary ForFloors(ScreeningSummary screening, IReadOnlyDictionary<string, DateOnly> lapsed) => screening with
    {
        ConfirmedMatches = lapsed.ContainsKey(RestrictiveRules.ConfirmedMatchFloor) ? 0 : screening.ConfirmedMatches,
        AlliedDenialMatches = lapsed.ContainsKey(RestrictiveRules.AlliedDenialFloor) ? 0 : screening.AlliedDenialMatches,
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
