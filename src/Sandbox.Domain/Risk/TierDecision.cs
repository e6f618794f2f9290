using System.Globalization;
using static Sandbox.Domain.Risk.RiskText;

namespace Sandbox.Domain.Risk;

/// <summary>The tier the score reaches, raised to any floor screening sets, and the sentence saying which decided.</summary>
internal static class TierDecision
{
    public static (RiskTier Tier, string Reason) Decide(int score, ScreeningSummary screening, RiskRuleSet rules)
    {
        var thresholds = rules.Thresholds;
        var byScore = score >= thresholds.Tier4 ? RiskTier.Tier4RefuseUnlessExceptional
            : score >= thresholds.Tier3 ? RiskTier.Tier3EnhancedJointReview
            : score >= thresholds.Tier2 ? RiskTier.Tier2StandardReview
            : RiskTier.Tier1FastTrack;

        var floors = new List<(RiskTier Tier, string Why)>();
        if (screening.ConfirmedMatches > 0)
        {
            floors.Add((rules.Screening.ConfirmedMatchMinimumTier, "A confirmed denied-party match"));
        }

        if (screening.AlliedDenialMatches > 0)
        {
            floors.Add((rules.Screening.AlliedDenialMinimumTier, "An allied denial of an essentially identical transaction"));
        }

        var floor = floors.Where(f => f.Tier > byScore).OrderByDescending(f => f.Tier).Select(f => ((RiskTier Tier, string Why)?)f).FirstOrDefault();
        if (floor is { } decisive)
        {
            return (decisive.Tier, string.Create(CultureInfo.InvariantCulture,
                $"{decisive.Why} sets a minimum of {Tier(decisive.Tier)}; the score {score} alone gives {Tier(byScore)}."));
        }

        var reason = byScore switch
        {
            RiskTier.Tier1FastTrack => $"Score {score} is below the {Tier(RiskTier.Tier2StandardReview)} threshold of {thresholds.Tier2}.",
            RiskTier.Tier2StandardReview => $"Score {score} reaches the {Tier(byScore)} threshold of {thresholds.Tier2}; {Tier(RiskTier.Tier3EnhancedJointReview)} starts at {thresholds.Tier3}.",
            RiskTier.Tier3EnhancedJointReview => $"Score {score} reaches the {Tier(byScore)} threshold of {thresholds.Tier3}; {Tier(RiskTier.Tier4RefuseUnlessExceptional)} starts at {thresholds.Tier4}.",
            _ => $"Score {score} reaches the {Tier(byScore)} threshold of {thresholds.Tier4}.",
        };
        return (byScore, reason);
    }
}
