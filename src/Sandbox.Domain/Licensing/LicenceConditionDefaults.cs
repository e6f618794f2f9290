using Sandbox.Domain.Risk;
using static Sandbox.Domain.Licensing.DefaultConditionCodes;

namespace Sandbox.Domain.Licensing;

/// <summary>
/// Turns a tier's default conditions into licence conditions. Codes the environment enforces become fields; the rest,
/// and any condition the rules mark as not machine-enforceable, become narrative with their text. Two need words too:
/// <c>no-raw-identifiers</c> sets <see cref="LicenceConditions.NoRawIdentifiers"/> and keeps its text, because which
/// fields are identifiers is known only from the dataset; <c>max-duration-days</c> stays narrative, because the licence's
/// validity window enforces it (<see cref="MaxDurationDays"/> reads it for the decision).
/// </summary>
public static class LicenceConditionDefaults
{
    /// <summary>The suppression threshold when a tier asks for aggregate-only output without naming a cell size.</summary>
    public const int AggregateCellSize = 10;

    /// <summary>A template region meaning "anywhere": a region lock cannot apply to it.</summary>
    public const string GlobalRegion = "GLOBAL";

    internal const string NoSingleRegionNote = "The template runs in no single region, so the regulator names the licensed region.";

    /// <param name="templateRegion">The sandbox template's <c>region</c>, such as <c>EU</c>; the region a <c>region-lock</c> locks to.</param>
    /// <param name="declaredPurposes">The application's purposes, which the licence permits.</param>
    public static LicenceConditions From(IReadOnlyList<DefaultCondition> tierDefaults, string? templateRegion, IReadOnlyList<string> declaredPurposes)
    {
        ArgumentNullException.ThrowIfNull(tierDefaults);
        ArgumentNullException.ThrowIfNull(declaredPurposes);
        var conditions = new LicenceConditions
        {
            DeclaredPurposes = [.. LicenceFormat.Present(declaredPurposes).Select(p => p.Trim()).DistinctBy(LicenceFormat.TextKey)],
        };

        // Folding with Strictest settles a code listed twice (tier and humanitarian terms) in favour of the stricter value.
        foreach (var condition in tierDefaults.Where(c => c is not null))
        {
            conditions = LicenceConditions.Strictest(conditions, Map(condition, templateRegion));
        }

        return conditions.AggregateOnly && conditions.MinimumCellSize is null ? conditions with { MinimumCellSize = AggregateCellSize } : conditions;
    }

    /// <summary>The shortest <c>max-duration-days</c> among the defaults, or null when they set none.</summary>
    public static int? MaxDurationDays(IReadOnlyList<DefaultCondition> tierDefaults)
    {
        ArgumentNullException.ThrowIfNull(tierDefaults);
        return tierDefaults.Where(c => c?.Code == DefaultConditionCodes.MaxDurationDays && c.Value is not null).Min(c => c.Value);
    }

    /// <summary>The template's region in upper case, or null when it is missing, global or not a region code.</summary>
    public static string? LockableRegion(string? templateRegion)
    {
        var region = templateRegion?.Trim().ToUpperInvariant();
        return region != GlobalRegion && LicenceConditionRules.IsRegionCode(region) ? region : null;
    }

    private static LicenceConditions Map(DefaultCondition condition, string? templateRegion)
    {
        var inWords = new LicenceConditions { Narrative = [condition.Text] };
        if (!condition.MachineEnforceable)
        {
            return inWords;
        }

        return condition.Code switch
        {
            RetentionDays when condition.Value is { } days => new() { RetentionDays = days },
            AggregateOnly => new() { AggregateOnly = true },
            MinCellSize when condition.Value is { } size => new() { MinimumCellSize = size },
            ExportReview => new() { ExportRequiresReview = true },
            TelemetryRequired => new() { TelemetryRequired = true },
            RegionLock when LockableRegion(templateRegion) is { } region => new() { DataLocalizationRegion = region },
            RegionLock => new() { Narrative = [condition.Text + " " + NoSingleRegionNote] },
            NoRawIdentifiers => new() { NoRawIdentifiers = true, Narrative = [condition.Text] },
            _ => inWords,
        };
    }
}
