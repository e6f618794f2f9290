using System.Globalization;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Organizations;

namespace Sandbox.Domain.Risk;

internal static partial class RuleSetValidator
{
    private static void Destinations(List<FieldProblem> problems, DestinationRules? destinations)
    {
        if (destinations?.PartnerJurisdictions is null)
        {
            problems.Add(new("destinations.partnerJurisdictions", "is required (it may be empty)"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < destinations.PartnerJurisdictions.Count; i++)
        {
            var code = destinations.PartnerJurisdictions[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"destinations.partnerJurisdictions[{i}]");
            if (!CountryCode.TryParse(code, out var parsed) || !string.Equals(parsed.Value, code, StringComparison.Ordinal))
            {
                problems.Add(new(field, $"'{code}' is not an upper-case ISO 3166-1 alpha-2 code"));
            }
            else if (!seen.Add(code))
            {
                problems.Add(new(field, $"'{code}' is listed twice"));
            }
        }

        NotNegative(problems, "destinations.nonPartnerPoints", destinations.NonPartnerPoints, "points");
    }

    private static void Duration(List<FieldProblem> problems, DurationRules? duration)
    {
        if (duration?.Bands is not { Count: > 0 })
        {
            problems.Add(new("duration.bands", "needs at least one band"));
            return;
        }

        for (var i = 0; i < duration.Bands.Count; i++)
        {
            var band = duration.Bands[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"duration.bands[{i}]");
            var previous = i > 0 ? duration.Bands[i - 1] : null;
            if (band.UpToDays < 1 || (previous is not null && band.UpToDays <= previous.UpToDays))
            {
                problems.Add(new($"{at}.upToDays", "must be 1 or more and strictly ascending"));
            }

            if (band.Points < 0 || (previous is not null && band.Points < previous.Points))
            {
                problems.Add(new($"{at}.points", "must be 0 or more and never less than a shorter band's"));
            }
        }

        if (duration.LongerPoints < duration.Bands[^1].Points)
        {
            problems.Add(new("duration.longerPoints", "must be at least the last band's points"));
        }
    }

    private static void Thresholds(List<FieldProblem> problems, TierThresholds? thresholds)
    {
        if (thresholds is null)
        {
            problems.Add(new("thresholds", "is required"));
        }
        else if (thresholds.Tier2 < 1 || thresholds.Tier3 <= thresholds.Tier2 || thresholds.Tier4 <= thresholds.Tier3)
        {
            problems.Add(new("thresholds", string.Create(CultureInfo.InvariantCulture,
                $"must be strictly ascending from 1 (tier2 < tier3 < tier4); are {thresholds.Tier2}, {thresholds.Tier3}, {thresholds.Tier4}")));
        }
    }
}
