using BenchmarkDotNet.Attributes;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;

namespace Sandbox.Benchmarks.Queue;

/// <summary>
/// The regulator queue over 10,000 submitted cases on the embedded store: <see cref="PilotApplications.ListAsync"/>
/// through the services as the app composes them (<see cref="QueueFixture"/>), each call timed on its own
/// (<see cref="LatencyConfig"/>).
/// </summary>
[Config(typeof(QueueConfig))]
public class QueueBenchmarks
{
    internal static readonly ApplicationFilter FirstPage = new();
    internal static readonly ApplicationFilter TierAndCategory = new() { Tier = 3, Category = EndUseCategory.BorderManagement, Sort = ApplicationSort.SlaDue };
    internal static readonly ApplicationFilter DueWithinAWeek = new() { DueBefore = QueueData.Start.AddDays(7) };
    internal static readonly ApplicationFilter ToAdjudicateByTier = new() { Screening = ScreeningStatus.PendingAdjudication, Status = ApplicationStatus.Submitted, Sort = ApplicationSort.TierHighest };
    internal static readonly ApplicationFilter OwnOrganization = new();

    private QueueFixture? _fixture;
    private PilotApplications _applications = null!;
    private ApplicationFilter _pageTwenty = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _fixture = await QueueFixture.StartAsync();
        _applications = _fixture.Applications;
        string? token = null;
        for (var page = 1; page < 20; page++)
        {
            token = (await _applications.ListAsync(QueueFixture.Regulator, FirstPage with { ContinuationToken = token })).ContinuationToken
                ?? throw new InvalidOperationException($"The queue ended at page {page}.");
        }

        _pageTwenty = FirstPage with { ContinuationToken = token };
        foreach (var filter in new[] { FirstPage, TierAndCategory, DueWithinAWeek, ToAdjudicateByTier, _pageTwenty })
        {
            await _fixture.RequireFullPageAsync(QueueFixture.Regulator, filter);
        }

        var own = await _applications.ListAsync(QueueFixture.Applicant, OwnOrganization);
        Console.WriteLine($"// Applicant {QueueFixture.Applicant.OrganizationId}: {own.Items.Count} cases on its first page, more: {own.ContinuationToken is not null}");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }
    }

    [Benchmark(Description = "Regulator: first page of 50, by SLA")]
    public async Task<int> QueueFirstPage() => (await _applications.ListAsync(QueueFixture.Regulator, FirstPage)).Items.Count;

    [Benchmark(Description = "Regulator: tier 3 + border management, by SLA")]
    public async Task<int> QueueTierAndCategory() => (await _applications.ListAsync(QueueFixture.Regulator, TierAndCategory)).Items.Count;

    [Benchmark(Description = "Regulator: due within 7 days, by SLA")]
    public async Task<int> QueueDueBefore() => (await _applications.ListAsync(QueueFixture.Regulator, DueWithinAWeek)).Items.Count;

    [Benchmark(Description = "Regulator: hits to adjudicate, by tier desc")]
    public async Task<int> QueueToAdjudicateByTier() => (await _applications.ListAsync(QueueFixture.Regulator, ToAdjudicateByTier)).Items.Count;

    [Benchmark(Description = "Regulator: page 20 by SLA (continuation)")]
    public async Task<int> QueuePageTwenty() => (await _applications.ListAsync(QueueFixture.Regulator, _pageTwenty)).Items.Count;

    [Benchmark(Description = "Applicant: own organization, newest first")]
    public async Task<int> QueueOwnOrganization() => (await _applications.ListAsync(QueueFixture.Applicant, OwnOrganization)).Items.Count;

    /// <summary>Seeding takes a few seconds per benchmark process; then 30 warm-up calls and 300 measured, one call each.</summary>
    private sealed class QueueConfig : LatencyConfig
    {
        public QueueConfig()
            : base(warmupCount: 30, iterationCount: 300)
        {
        }
    }
}
