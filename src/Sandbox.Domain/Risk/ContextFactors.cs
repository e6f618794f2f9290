using System.Globalization;
using static Sandbox.Domain.Risk.RiskText;

namespace Sandbox.Domain.Risk;

/// <summary>The factors about the pilot itself: data, people affected, where it runs and for how long.</summary>
internal static class ContextFactors
{
    public static void AddTo(List<RiskFactor> factors, RiskInput input, RiskRuleSet rules)
    {
        factors.Add(Data(input, rules));
        factors.Add(Sums.Capped(
            "vulnerable-groups", "Vulnerable groups", input.VulnerableGroups, rules.VulnerableGroups, "vulnerableGroups.points", "No vulnerable groups affected"));
        var deployment = rules.DeploymentContexts.Weight(input.DeploymentContext, "deploymentContexts");
        factors.Add(new("deployment", "Deployment", deployment, $"Deployment: {Deployment(input.DeploymentContext)} ({Signed(deployment)})"));
        factors.Add(Duration(input.DurationDays, rules.Duration));
    }

    private static RiskFactor Data(RiskInput input, RiskRuleSet rules)
    {
        const string Label = "Most sensitive data";
        if (input.DataCategories.Count == 0)
        {
            return new("data", Label, 0, "No data categories declared (0)");
        }

        var (category, points) = input.DataCategories
            .Select(c => (Category: c, Points: rules.DataCategories.Weight(c, "dataCategories")))
            .OrderByDescending(pair => pair.Points).ThenByDescending(pair => pair.Category).First();
        return new("data", Label, points, $"{Label}: {Words(category)} ({Signed(points)})");
    }

    private static RiskFactor Duration(int days, DurationRules rules)
    {
        var band = rules.Bands.FirstOrDefault(b => days <= b.UpToDays);
        var (points, text) = band is null
            ? (rules.LongerPoints, string.Create(CultureInfo.InvariantCulture, $"longer than {rules.Bands[^1].UpToDays} days"))
            : (band.Points, string.Create(CultureInfo.InvariantCulture, $"in the band up to {band.UpToDays} days"));
        return new("duration", "Duration", points, string.Create(CultureInfo.InvariantCulture, $"Duration: {days} days, {text} ({Signed(points)})"));
    }
}
