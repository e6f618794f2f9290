using System.Globalization;
using Sandbox.Domain.Classification;
using static Sandbox.Domain.Risk.RiskText;

namespace Sandbox.Domain.Risk;

/// <summary>The factors about the technology, its end use and users, screening and destinations.</summary>
internal static class ExposureFactors
{
    public static void AddTo(List<RiskFactor> factors, RiskInput input, RiskRuleSet rules)
    {
        factors.Add(Impact(input.Items, rules.Impact));
        factors.Add(Sums.Capped(
            "capabilities", "Capabilities", input.Items.SelectMany(item => item.Capabilities), rules.Capabilities, "capabilities.points", "No listed capabilities"));
        var endUse = rules.EndUse.Weight(input.EndUseCategory, "endUse");
        factors.Add(new("end-use", "End use", endUse, $"End use: {Words(input.EndUseCategory)} ({Signed(endUse)})"));
        factors.Add(EndUser(input, rules));
        AddScreening(factors, input.Screening, rules.Screening);
        factors.Add(Destinations(input.DestinationCountries, rules.Destinations));
    }

    private static RiskFactor Impact(IReadOnlyList<RiskItem> all, ImpactWeights weights)
    {
        const string Label = "Highest impact item";
        if (all.Count == 0)
        {
            return new("impact", Label, 0, "No technology items (0)");
        }

        var lapses = LapseText(all);
        var items = all.Where(item => item.Lapse is null).ToList();
        if (items.Count == 0)
        {
            return new("impact", Label, 0, $"{Label}: no classification in force (0){lapses}");
        }

        var unclassified = items.Count(item => item.Impact is null);
        var top = items.Where(item => item.Impact is not null).Select(item => item.Impact!.Value)
            .Select(rating => (Rating: rating, Points: weights.Points.Weight(rating, "impact.points")))
            .OrderByDescending(pair => pair.Points).ThenByDescending(pair => pair.Rating)
            .Cast<(ImpactRating Rating, int Points)?>().FirstOrDefault();
        if (top is null || (unclassified > 0 && weights.UnclassifiedPoints > top.Value.Points))
        {
            return new("impact", Label, weights.UnclassifiedPoints, string.Create(CultureInfo.InvariantCulture,
                $"{Label}: not yet classified, counted as {weights.UnclassifiedPoints} until classified ({Signed(weights.UnclassifiedPoints)}){lapses}"));
        }

        var pending = unclassified switch
        {
            0 => string.Empty,
            1 => $"; 1 item not yet classified counts as {Number(weights.UnclassifiedPoints)}",
            _ => $"; {Number(unclassified)} items not yet classified count as {Number(weights.UnclassifiedPoints)}",
        };
        return new("impact", Label, top.Value.Points, $"{Label}: {top.Value.Rating} ({Signed(top.Value.Points)}){pending}{lapses}");
    }

    /// <summary>"; SBX-BIO-ID lapsed at its review date 2027-06-30 and was not renewed: its High impact no longer counts".</summary>
    private static string LapseText(IReadOnlyList<RiskItem> items) => string.Concat(items
        .Select(item => item.Lapse).OfType<ClassificationLapse>().DistinctBy(lapse => lapse.Code).OrderBy(lapse => lapse.Code, StringComparer.Ordinal)
        .Select(lapse => $"; {lapse.Code} lapsed at its review date {RuleLapses.Iso(lapse.ReviewBy)} and was not renewed: its {lapse.ImpactRating} impact no longer counts"));

    private static RiskFactor EndUser(RiskInput input, RiskRuleSet rules)
    {
        const string Label = "Highest-risk end user";
        if (input.EndUserSectors.Count == 0)
        {
            return new("end-user-sector", Label, 0, "No end user named (0)");
        }

        var (sector, points) = input.EndUserSectors
            .Select(s => (Sector: s, Points: rules.EndUserSectors.Weight(s, "endUserSectors")))
            .OrderByDescending(pair => pair.Points).ThenByDescending(pair => pair.Sector).First();
        return new("end-user-sector", Label, points, $"{Label}: {Words(sector)} ({Signed(points)})");
    }

    private static void AddScreening(List<RiskFactor> factors, ScreeningSummary screening, ScreeningRules rules)
    {
        var unresolved = screening.UnresolvedPotentialMatches;
        var points = unresolved > 0 ? rules.UnresolvedPotentialMatchPoints : 0;
        var text = unresolved switch
        {
            0 => "no unresolved potential matches",
            1 => "1 unresolved potential match",
            _ => Number(unresolved) + " unresolved potential matches",
        };
        factors.Add(new("screening", "Denied-party screening", points, $"Denied-party screening: {text} ({Signed(points)})"));
        if (screening.ConfirmedMatches > 0)
        {
            factors.Add(new("screening.confirmed-match", "Confirmed denied-party match", 0, string.Create(CultureInfo.InvariantCulture,
                $"Confirmed denied-party match ({screening.ConfirmedMatches}): sets a minimum of {Tier(rules.ConfirmedMatchMinimumTier)} that no credit lowers")));
        }

        if (screening.AlliedDenialMatches > 0)
        {
            factors.Add(new("screening.allied-denial", "Allied denial", 0, string.Create(CultureInfo.InvariantCulture,
                $"Allied denial of an essentially identical transaction ({screening.AlliedDenialMatches}): sets a minimum of {Tier(rules.AlliedDenialMinimumTier)}; consult the denying ally before granting")));
        }
    }

    private static RiskFactor Destinations(IReadOnlyList<string> countries, DestinationRules rules)
    {
        const string Label = "Destinations";
        if (countries.Count == 0)
        {
            return new("destination", Label, 0, "No destination named (0)");
        }

        var partners = rules.PartnerJurisdictions.ToHashSet(StringComparer.Ordinal);
        var outside = countries.Where(country => !partners.Contains(country)).ToList();
        return outside.Count == 0
            ? new("destination", Label, 0, $"All destinations are partner jurisdictions: {string.Join(", ", countries)} (0)")
            : new("destination", Label, rules.NonPartnerPoints,
                $"Destination outside partner jurisdictions: {string.Join(", ", outside)} ({Signed(rules.NonPartnerPoints)})");
    }
}
