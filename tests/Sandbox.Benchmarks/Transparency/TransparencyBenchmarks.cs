using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sandbox.Oversight.Transparency;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// A transparency report over three years of seeded activity on the embedded store (<see cref="TransparencyFixture"/>):
/// <see cref="TransparencyCalculator.ComputeAsync"/> for a quarter and for a year, and the public view of the quarter's
/// report (<see cref="TransparencyReports.PublicView"/>, suppression at the default minimum count of 5). Setup checks
/// both reports against the seeded numbers and fails the run if any count differs. Seeding takes about 50 s in
/// each benchmark's process, so the public view of the year (a few microseconds as well) is left out.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class TransparencyBenchmarks
{
    private TransparencyFixture? _fixture;
    private TransparencyCalculator _calculator = null!;
    private TransparencyReports _reports = null!;
    private ReportPeriod _quarter = null!;
    private ReportPeriod _year = null!;
    private TransparencyReport _quarterReport = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _fixture = await TransparencyFixture.StartAsync();
        _calculator = _fixture.Calculator;
        _reports = _fixture.Reports;
        _quarter = _fixture.Period(new PeriodRequest(PeriodKind.Quarter, 2026, 3));
        _year = _fixture.Period(new PeriodRequest(PeriodKind.Year, 2025));
        try
        {
            _quarterReport = await _fixture.ComputeCheckedAsync(_quarter);
            await _fixture.ComputeCheckedAsync(_year);
        }
        catch
        {
            // BenchmarkDotNet does not run the cleanup after a failed setup.
            await CleanupAsync();
            throw;
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
            _fixture = null;
        }
    }

    [Benchmark(Description = "Exact figures, quarter 2026-Q3")]
    public Task<TransparencyReport> ComputeQuarter() => _calculator.ComputeAsync(_quarter);

    [Benchmark(Description = "Exact figures, year 2025")]
    public Task<TransparencyReport> ComputeYear() => _calculator.ComputeAsync(_year);

    [Benchmark(Description = "Public view, quarter 2026-Q3")]
    public TransparencyReport PublicViewQuarter() => _reports.PublicView(_quarterReport);
}
