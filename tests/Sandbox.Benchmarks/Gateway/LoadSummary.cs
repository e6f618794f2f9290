using System.Diagnostics;
using System.Globalization;

namespace Sandbox.Benchmarks.Gateway;

/// <summary>
/// Throughput and latency of a load run: req/s over the run's span (first send to last response), percentiles by nearest
/// rank over every request; with <see cref="Cost"/>, the process's CPU time and allocations per request (clients and
/// servers together, so only differences between runs mean something).
/// </summary>
internal sealed record LoadSummary(string Name, int Clients, int Requests, double Seconds, double PerSecond, double P50, double P90, double P99, double Max, string Statuses)
{
    public ProcessCost? Cost { get; init; }

    /// <param name="seconds">The time the requests were sent over, when not the span from the first to the last (pooled rounds).</param>
    public static LoadSummary Of(string name, int clients, IReadOnlyList<RequestSample> samples, double? seconds = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return new LoadSummary(name, clients, 0, 0, 0, double.NaN, double.NaN, double.NaN, double.NaN, "none");
        }

        var latencies = samples.Select(s => s.Milliseconds).Order().ToArray();
        var span = seconds ?? (samples.Max(s => s.Ended) - samples.Min(s => s.Started)) / (double)Stopwatch.Frequency;
        var statuses = string.Join(", ", samples.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {g.Count():N0}")));
        return new LoadSummary(name, clients, samples.Count, span, samples.Count / span, Rank(latencies, 50), Rank(latencies, 90), Rank(latencies, 99), latencies[^1], statuses);
    }

    public static string Header =>
        "| Endpoint | Clients | Requests | Seconds | Req/s | p50 | p90 | p99 | Max | CPU/req | Alloc/req | Statuses |" + Environment.NewLine +
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";

    public string Row => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Clients} | {Requests:N0} | {Seconds:0.0} | {PerSecond:N0} | {P50:0.00} ms | {P90:0.00} ms | {P99:0.00} ms | {Max:0.0} ms | {(Cost is { } c ? $"{c.CpuMilliseconds / Requests:0.00} ms" : "")} | {(Cost is { } k ? $"{k.AllocatedBytes / 1024d / Requests:N0} KB" : "")} | {Statuses} |");

    /// <summary>Nearest rank.</summary>
    private static double Rank(double[] sorted, int percentile) => sorted[Math.Clamp((int)Math.Ceiling(percentile / 100d * sorted.Length), 1, sorted.Length) - 1];
}
