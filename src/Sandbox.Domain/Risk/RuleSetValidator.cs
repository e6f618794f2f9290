using System.Globalization;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;

namespace Sandbox.Domain.Risk;

/// <summary>Checks a rule set's shape: weights for every enum member, nothing negative, ascending thresholds, a policy per tier.</summary>
internal static partial class RuleSetValidator
{
    public static IReadOnlyList<FieldProblem> Validate(RiskRuleSet rules)
    {
        var problems = new List<FieldProblem>();
        if (rules.Version < 1)
        {
            problems.Add(new("version", "must be 1 or more"));
        }

        Impact(problems, rules.Impact);
        Capped(problems, "capabilities", rules.Capabilities);
        Weights(problems, "endUse", rules.EndUse);
        Weights(problems, "endUserSectors", rules.EndUserSectors);
        Screening(problems, rules.Screening);
        Destinations(problems, rules.Destinations);
        Weights(problems, "dataCategories", rules.DataCategories);
        Capped(problems, "vulnerableGroups", rules.VulnerableGroups);
        Weights(problems, "deploymentContexts", rules.DeploymentContexts);
        Duration(problems, rules.Duration);
        Safeguards(problems, rules);
        NotNegative(problems, "verifiedPartnerCredit", rules.VerifiedPartnerCredit, "a credit");
        Humanitarian(problems, rules.Humanitarian);
        Thresholds(problems, rules.Thresholds);
        Tiers(problems, rules.Tiers);
        Reviews(problems, rules);
        return problems;
    }

    private static void Impact(List<FieldProblem> problems, ImpactWeights? impact)
    {
        if (impact is null)
        {
            problems.Add(new("impact", "is required"));
            return;
        }

        if (Weights(problems, "impact.points", impact.Points))
        {
            var ratings = Enum.GetValues<ImpactRating>();
            for (var i = 1; i < ratings.Length; i++)
            {
                if (impact.Points[ratings[i]] < impact.Points[ratings[i - 1]])
                {
                    problems.Add(new($"impact.points.{ratings[i]}", $"must be at least the points for {ratings[i - 1]}: a higher impact never scores less"));
                }
            }
        }

        NotNegative(problems, "impact.unclassifiedPoints", impact.UnclassifiedPoints, "points");
    }

    private static void Capped<T>(List<FieldProblem> problems, string field, CappedWeights<T>? weights)
        where T : struct, Enum
    {
        if (weights is null)
        {
            problems.Add(new(field, "is required"));
            return;
        }

        Weights(problems, field + ".points", weights.Points);
        if (weights.Cap is { } cap)
        {
            NotNegative(problems, field + ".cap", cap, "a cap");
        }
    }

    /// <summary>True when every member of <typeparamref name="T"/> has a weight of zero or more and nothing else does.</summary>
    private static bool Weights<T>(List<FieldProblem> problems, string field, IReadOnlyDictionary<T, int>? points)
        where T : struct, Enum
    {
        if (points is null)
        {
            problems.Add(new(field, "is required"));
            return false;
        }

        var before = problems.Count;
        var missing = Enum.GetValues<T>().Where(member => !points.ContainsKey(member)).Select(member => member.ToString()).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new(field, "needs a weight for every member; missing " + string.Join(", ", missing)));
        }

        foreach (var (member, weight) in points.OrderBy(pair => pair.Key))
        {
            if (!Enum.IsDefined(member))
            {
                problems.Add(new(field, $"'{member}' is not a {typeof(T).Name}"));
            }
            else if (weight < 0)
            {
                problems.Add(new($"{field}.{member}", "must be 0 or more: a risk never lowers the score; credits do that"));
            }
        }

        return problems.Count == before;
    }

    private static void Screening(List<FieldProblem> problems, ScreeningRules? screening)
    {
        if (screening is null)
        {
            problems.Add(new("screening", "is required"));
            return;
        }

        NotNegative(problems, "screening.unresolvedPotentialMatchPoints", screening.UnresolvedPotentialMatchPoints, "points");
        DefinedTier(problems, "screening.confirmedMatchMinimumTier", screening.ConfirmedMatchMinimumTier);
        DefinedTier(problems, "screening.alliedDenialMinimumTier", screening.AlliedDenialMinimumTier);
    }

    private static void Reviews(List<FieldProblem> problems, RiskRuleSet rules)
    {
        var effective = DateOnly.FromDateTime(rules.EffectiveFrom.UtcDateTime);
        foreach (var (rule, reviewBy) in (rules.ReviewBy ?? new Dictionary<string, DateOnly>()).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!RestrictiveRules.Contains(rule))
            {
                problems.Add(new($"reviewBy.{rule}", "is not a restrictive rule; review dates apply to " + string.Join(", ", RestrictiveRules.All.Select(r => r.Id))));
            }
            else if (reviewBy <= effective)
            {
                problems.Add(new($"reviewBy.{rule}", "must come after the rule set takes effect"));
            }
        }
    }

    private static void DefinedTier(List<FieldProblem> problems, string field, RiskTier tier)
    {
        if (!Enum.IsDefined(tier))
        {
            problems.Add(new(field, "must be one of the four tiers"));
        }
    }

    private static void NotNegative(List<FieldProblem> problems, string field, int value, string what)
    {
        if (value < 0)
        {
            problems.Add(new(field, $"{what} cannot be negative"));
        }
    }
}
