using System.Globalization;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Definitions;

namespace Sandbox.Oversight.Transparency;

/// <summary>A decision path of the report: the case workflow that decides and the SLA clock its promise is measured on.</summary>
public sealed record DecisionPath(string Path, string DefinitionId, string Label, string Clock)
{
    public static IReadOnlyList<DecisionPath> All { get; } =
    [
        new("standard", CaseDefinitions.Standard, "Standard review", "review"),
        new("humanitarian", CaseDefinitions.ExpeditedHumanitarian, "Expedited humanitarian", "decision"),
        new("partner", CaseDefinitions.PartnerFastTrack, "Verified partner fast track", "review"),
    ];

    /// <summary>The budget as the latest definition states it: a fixed duration, or the case data it is read from.</summary>
    public string BudgetIn(WorkflowDefinitionRegistry definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var sla = definitions.LatestOf(DefinitionId).States.Select(s => s.Sla).FirstOrDefault(s => s?.Clock == Clock);
        if (sla?.Budget is { } budget && Durations.TryParse(budget, out var span))
        {
            // Stated as the definition states it: PT72H is "72 hours", P3D "3 days".
            return budget.Contains('T', StringComparison.Ordinal)
                ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.##} hours")
                : string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0.##} days");
        }

        return sla?.BudgetDaysFrom switch
        {
            CaseData.ReviewDays => "the review days of the case's risk tier",
            CaseData.FastTrackDays => "half the review days of the case's risk tier (at least 1)",
            { } field => $"the days in the case's '{field}'",
            null => "none",
        };
    }
}
