namespace Sandbox.Oversight.Transparency;

/// <summary>The period as a report states it: days inclusive, and the instant figures were counted up to.</summary>
public sealed record ReportPeriodView(string Id, PeriodKind Kind, string Label, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset Through, bool Complete)
{
    public static ReportPeriodView Of(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new(period.Id, period.Kind, period.Label, period.FirstDay, period.LastDay, period.Through, period.Complete);
    }
}
