using System.Globalization;
using Sandbox.Storage.Queries;

namespace Sandbox.Oversight.Transparency;

/// <summary>
/// The days a transparency report covers, in UTC: <see cref="FirstDay"/> to <see cref="LastDay"/> inclusive. Figures are
/// counted over [<see cref="From"/>, <see cref="Through"/>): the whole period once it has ended, else up to the moment the
/// report was computed (<see cref="Complete"/> false, and it cannot be published).
/// </summary>
/// <param name="Id">Also the published report's id: <c>2026</c>, <c>2026-Q3</c> or <c>2026-01-01_2026-03-31</c>.</param>
public sealed record ReportPeriod(string Id, PeriodKind Kind, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset Through)
{
    public DateTimeOffset From => new(FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The end of the last day: the first instant after the period.</summary>
    public DateTimeOffset End => new(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public bool Complete => Through >= End;

    public string Label => Kind switch
    {
        PeriodKind.Year => FirstDay.Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{(FirstDay.Month - 1) / 3 + 1} {FirstDay.Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{FirstDay:yyyy-MM-dd} to {LastDay:yyyy-MM-dd}"),
    };

    /// <summary>Whether an instant falls within what the report counts.</summary>
    public bool Contains(DateTimeOffset at) => at >= From && at < Through;

    /// <summary>The documents whose <paramref name="field"/> (a declared time field) falls in [<see cref="From"/>, <see cref="Through"/>), read a page at a time.</summary>
    internal DocumentQuery Within(string field, int pageSize) =>
        DocumentQuery.AcrossPartitions().Where(QueryFilter.AtLeast(field, From)).Where(QueryFilter.LessThan(field, Through)).Take(pageSize);

    /// <summary>Whether an interval [start, end) (end null: still open) overlaps what the report counts.</summary>
    public bool Overlaps(DateTimeOffset start, DateTimeOffset? end) => start < Through && (end is null || end > From);
}
