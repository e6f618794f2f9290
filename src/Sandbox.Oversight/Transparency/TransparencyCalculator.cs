namespace Sandbox.Oversight.Transparency;

/// <summary>Computes a period's exact figures from the stores; nothing here is suppressed yet.</summary>
public sealed class TransparencyCalculator(
    ApplicationFiguresCollector applications, DecisionFiguresCollector decisions, ActivityFiguresCollector activity, TimeProvider time)
{
    public async Task<TransparencyReport> ComputeAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var submitted = await applications.CollectAsync(period, cancellationToken);
        var (decided, times) = await decisions.CollectAsync(period, cancellationToken);
        var other = await activity.CollectAsync(period, cancellationToken);
        return new TransparencyReport(TransparencyReport.SchemaId, ReportPeriodView.Of(period), time.GetUtcNow(), 1, submitted, decided, times, other);
    }
}
