using System.Globalization;
using Sandbox.Domain.Applications;

namespace Sandbox.Domain.Risk;

internal static partial class RuleSetValidator
{
    private static void Safeguards(List<FieldProblem> problems, RiskRuleSet rules)
    {
        var safeguards = rules.Safeguards;
        if (safeguards?.Credits is null)
        {
            problems.Add(new("safeguards.credits", "is required"));
            return;
        }

        NotNegative(problems, "safeguards.cap", safeguards.Cap, "a cap");
        var seen = new HashSet<Safeguard>();
        for (var i = 0; i < safeguards.Credits.Count; i++)
        {
            var credit = safeguards.Credits[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"safeguards.credits[{i}]");
            if (!Enum.IsDefined(credit.Safeguard) || !seen.Add(credit.Safeguard))
            {
                problems.Add(new($"{at}.safeguard", $"'{credit.Safeguard}' is not a safeguard or is listed twice"));
            }

            if (string.IsNullOrWhiteSpace(credit.Label))
            {
                problems.Add(new($"{at}.label", "is required"));
            }

            NotNegative(problems, $"{at}.points", credit.Points, "a credit");
            if (credit.RequiresAny is { } precondition
                && (precondition.DataCategories is null || precondition.DeploymentContexts is null
                    || (precondition.DataCategories.Count == 0 && precondition.DeploymentContexts.Count == 0)))
            {
                problems.Add(new($"{at}.requiresAny", "needs dataCategories and deploymentContexts lists, not both empty; leave it out for an unconditional credit"));
            }
        }

        var missing = Enum.GetValues<Safeguard>().Where(s => !seen.Contains(s)).Select(s => s.ToString()).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new("safeguards.credits", "needs a credit (0 or more) for every safeguard; missing " + string.Join(", ", missing)));
        }

        EnablingRisksOutweighCredits(problems, "dataCategories", rules.DataCategories, safeguards.Credits, p => p.DataCategories);
        EnablingRisksOutweighCredits(problems, "deploymentContexts", rules.DeploymentContexts, safeguards.Credits, p => p.DeploymentContexts);
    }

    /// <summary>
    /// A precondition makes a credit depend on a risk: declaring personal data enables the informed-consent credit.
    /// So that declaring more risk can never lower the score, the risk must add at least as many points as the credits
    /// it can enable, counted over the highest weight outside each precondition (the score counts the highest category).
    /// </summary>
    private static void EnablingRisksOutweighCredits<T>(
        List<FieldProblem> problems,
        string field,
        IReadOnlyDictionary<T, int>? weights,
        IReadOnlyList<SafeguardCredit> credits,
        Func<CreditPrecondition, IReadOnlyList<T>?> members)
        where T : struct, Enum
    {
        if (weights is null || !Enum.GetValues<T>().All(weights.ContainsKey))
        {
            return;
        }

        IReadOnlyList<T> Listed(SafeguardCredit credit) => credit.RequiresAny is { } p ? members(p) ?? [] : [];
        foreach (var member in Enum.GetValues<T>())
        {
            var enabled = credits.Where(c => Listed(c).Contains(member)).ToList();
            if (enabled.Count == 0)
            {
                continue;
            }

            var baseline = enabled.Max(c => weights.Where(w => !Listed(c).Contains(w.Key)).Select(w => w.Value).DefaultIfEmpty(0).Max());
            var credit = enabled.Sum(c => Math.Max(0, c.Points));
            if (weights[member] - baseline < credit)
            {
                problems.Add(new($"{field}.{member}", string.Create(CultureInfo.InvariantCulture,
                    $"must be at least {baseline + credit}: it enables safeguard credits worth {credit} over a baseline of {baseline}, so declaring it could otherwise lower the tier")));
            }
        }
    }

    private static void Humanitarian(List<FieldProblem> problems, HumanitarianTerms? terms)
    {
        if (terms is null)
        {
            problems.Add(new("humanitarian", "is required"));
            return;
        }

        NotNegative(problems, "humanitarian.credit", terms.Credit, "a credit");
        DefinedTier(problems, "humanitarian.expeditedUpTo", terms.ExpeditedUpTo);
        if (terms.ExpeditedReviewDays < 1)
        {
            problems.Add(new("humanitarian.expeditedReviewDays", "must be 1 or more"));
        }

        Conditions(problems, "humanitarian.expeditedConditions", terms.ExpeditedConditions);
    }

    private static void Tiers(List<FieldProblem> problems, IReadOnlyList<TierPolicy>? tiers)
    {
        if (tiers is null)
        {
            problems.Add(new("tiers", "is required"));
            return;
        }

        for (var i = 0; i < tiers.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"tiers[{i}]");
            if (tiers[i].ReviewDays < 1)
            {
                problems.Add(new($"{at}.reviewDays", "must be 1 or more"));
            }

            Conditions(problems, $"{at}.defaultConditions", tiers[i].DefaultConditions);
        }

        foreach (var tier in Enum.GetValues<RiskTier>())
        {
            var count = tiers.Count(policy => policy.Tier == tier);
            if (count != 1)
            {
                problems.Add(new("tiers", string.Create(CultureInfo.InvariantCulture, $"needs exactly one policy for {tier}; has {count}")));
            }
        }
    }

    private static void Conditions(List<FieldProblem> problems, string field, IReadOnlyList<DefaultCondition>? conditions)
    {
        if (conditions is null)
        {
            problems.Add(new(field, "is required (it may be empty)"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < conditions.Count; i++)
        {
            var condition = conditions[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            if (!IsConditionCode(condition.Code) || !seen.Add(condition.Code))
            {
                problems.Add(new($"{at}.code", $"'{condition.Code}' must be lower-case words joined by dashes, once per list"));
            }

            if (string.IsNullOrWhiteSpace(condition.Text))
            {
                problems.Add(new($"{at}.text", "is required"));
            }
        }
    }

    private static bool IsConditionCode(string? code) =>
        code is { Length: > 0 and <= 64 }
        && code.Split('-').All(part => part.Length > 0 && part.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)));
}
