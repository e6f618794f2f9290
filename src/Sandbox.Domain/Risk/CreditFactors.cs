using System.Globalization;
using Sandbox.Domain.Applications;
using static Sandbox.Domain.Risk.RiskText;

namespace Sandbox.Domain.Risk;

/// <summary>The credits: proposed safeguards (each shown, credited or not and why), the cap, and verified status.</summary>
internal static class CreditFactors
{
    /// <summary>Adds the credit factors; true when the humanitarian credit applied.</summary>
    public static bool AddTo(List<RiskFactor> factors, RiskInput input, RiskRuleSet rules)
    {
        var credited = 0;
        foreach (var safeguard in input.Safeguards)
        {
            var credit = rules.Safeguards.Credits.FirstOrDefault(c => c.Safeguard == safeguard)
                ?? throw new InvalidOperationException($"The risk rules have no credit for {safeguard}; validate rule sets when loading them.");
            var factor = Safeguard(credit, input);
            credited -= factor.Points;
            factors.Add(factor);
        }

        if (credited > rules.Safeguards.Cap)
        {
            var excess = credited - rules.Safeguards.Cap;
            factors.Add(new("safeguards.cap", "Safeguard credit cap", excess, string.Create(CultureInfo.InvariantCulture,
                $"Safeguard credit cap ({Signed(excess)}): safeguards are credited {rules.Safeguards.Cap} at most, {credited} were earned")));
        }

        if (input.ApplicantVerifiedPartner)
        {
            var points = -rules.VerifiedPartnerCredit;
            factors.Add(new("verified-partner", "Verified partner", points, $"Verified partner ({Signed(points)})"));
        }

        return Humanitarian(factors, input, rules.Humanitarian);
    }

    private static RiskFactor Safeguard(SafeguardCredit credit, RiskInput input)
    {
        var code = "safeguard." + Kebab(credit.Safeguard);
        if (credit.RequiresAny is not { } precondition)
        {
            return new(code, credit.Label, -credit.Points, $"{credit.Label} ({Signed(-credit.Points)})");
        }

        var data = (precondition.DataCategories ?? []).Where(input.DataCategories.Contains).Select(Words).ToList();
        var context = (precondition.DeploymentContexts ?? []).Contains(input.DeploymentContext);
        if (data.Count == 0 && !context)
        {
            return new(code, credit.Label, 0, $"{credit.Label} (0): not credited, it counts only when {Requirement(precondition)}");
        }

        var reasons = new List<string>();
        if (data.Count > 0)
        {
            reasons.Add(List(data, "and") + (data.Count == 1 ? " data is handled" : " data are handled"));
        }

        if (context)
        {
            reasons.Add("the deployment is " + Deployment(input.DeploymentContext));
        }

        return new(code, credit.Label, -credit.Points, $"{credit.Label} ({Signed(-credit.Points)}): credited because {string.Join(" and ", reasons)}");
    }

    private static string Requirement(CreditPrecondition precondition)
    {
        var parts = new List<string>();
        if (precondition.DataCategories is { Count: > 0 } data)
        {
            parts.Add(List([.. data.Select(Words)], "or") + " data is handled");
        }

        if (precondition.DeploymentContexts is { Count: > 0 } contexts)
        {
            parts.Add("the deployment is " + List([.. contexts.Select(Deployment)], "or"));
        }

        return string.Join(" or ", parts);
    }

    private static bool Humanitarian(List<RiskFactor> factors, RiskInput input, HumanitarianTerms terms)
    {
        const string Label = "Verified humanitarian organization";
        if (!input.ApplicantVerifiedHumanitarian)
        {
            return false;
        }

        if (input.EndUseCategory != EndUseCategory.HumanitarianAndDisasterResponse)
        {
            factors.Add(new("verified-humanitarian", Label, 0,
                $"{Label} (0): not credited, the end use is {Words(input.EndUseCategory)}, not humanitarian and disaster response"));
            return false;
        }

        var points = -terms.Credit;
        factors.Add(new("verified-humanitarian", Label, points, $"{Label} ({Signed(points)}): credited for a humanitarian and disaster-response pilot"));
        return true;
    }
}
