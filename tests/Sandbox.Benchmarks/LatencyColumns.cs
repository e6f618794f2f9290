using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Mathematics.OutlierDetection;

namespace Sandbox.Benchmarks;

/// <summary>
/// Latency of single operations rather than of iteration averages. BenchmarkDotNet's default job
/// times iterations of many operations, removes upper outliers and forces a full GC between
/// iterations, so its percentiles describe iteration means with the tail cut off. This job times
/// every operation on its own (one invocation per iteration, no unrolling), keeps every
/// measurement and lets the GC run when it would, so the percentile columns are per operation.
/// </summary>
internal abstract class LatencyConfig : ManualConfig
{
    protected LatencyConfig(int warmupCount, int iterationCount)
    {
        AddJob(Job.Default
            .WithId("PerOperation")
            .WithStrategy(RunStrategy.Throughput)
            .WithLaunchCount(1)
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithGcForce(false)
            .WithOutlierMode(OutlierMode.DontRemove));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new LatencyPercentileColumn(50), new LatencyPercentileColumn(95), new LatencyPercentileColumn(99));
        AddColumn(StatisticColumn.Max, StatisticColumn.Iterations);
        // Ratios of single, unpaired operations say little; compare means and percentiles instead.
        HideColumns(Column.Ratio, Column.RatioSD, Column.AllocRatio);
    }
}

/// <summary>
/// A percentile (nearest rank) of the single-operation times BenchmarkDotNet measured in the result
/// stage, every measurement kept: with <see cref="LatencyConfig"/>'s job each measurement is one operation.
/// </summary>
internal sealed class LatencyPercentileColumn(int percentile) : IColumn
{
    public string Id => "LatencyPercentile" + ColumnName;

    public string ColumnName { get; } = "P" + percentile.ToString(CultureInfo.InvariantCulture);

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 100 + percentile;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"{percentile}th percentile of single operations, nearest rank over every measurement (none removed)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var value = Nanoseconds(summary[benchmarkCase]);
        if (value is not { } nanoseconds)
        {
            return "NA";
        }

        // One unit for the whole column, chosen by its smallest value, as BenchmarkDotNet's own columns do.
        var smallest = summary.Reports.Select(Nanoseconds).Where(v => v is not null).Min() ?? nanoseconds;
        var (divisor, unit, format) = smallest switch
        {
            < 1_000 => (1d, "ns", "N0"),
            < 1_000_000 => (1_000d, "us", "N1"),
            _ => (1_000_000d, "ms", "N2"),
        };
        return (nanoseconds / divisor).ToString(format, CultureInfo.InvariantCulture) + " " + unit;
    }

    public override string ToString() => ColumnName;

    private double? Nanoseconds(BenchmarkReport? report)
    {
        var times = report?.AllMeasurements
            .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Result && m.Operations > 0)
            .Select(m => m.Nanoseconds / m.Operations)
            .Order()
            .ToArray();
        if (times is not { Length: > 0 })
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percentile / 100d * times.Length);
        return times[Math.Clamp(rank, 1, times.Length) - 1];
    }
}
