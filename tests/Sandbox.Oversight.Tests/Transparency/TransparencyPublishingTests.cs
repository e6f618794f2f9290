using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Identity.Audit;
using Sandbox.Oversight.Transparency;
using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Xunit;

namespace Sandbox.Oversight.Tests.Transparency;

/// <summary>Publishing: once per period, frozen and hashed, audited, revisions that keep the old one; the JSON and CSV forms.</summary>
public sealed class TransparencyPublishingTests : IAsyncLifetime
{
    private TransparencyDataSet _data = null!;

    public async Task InitializeAsync()
    {
        _data = await TransparencyDataSet.StartAsync();
        await _data.SeedAsync();
    }

    public async Task DisposeAsync() => await _data.Host.DisposeAsync();

    private TransparencyReports Reports => _data.Host.Services.GetRequiredService<TransparencyReports>();

    private ReportPeriod Period(PeriodRequest request) => Reports.Period(request, out _)!;

    internal static JsonSchemaCheck Schema { get; } =
        JsonSchemaCheck.FromFile(RepositoryPaths.Combine("docs", "transparency", "transparency-report.v1.schema.json"), "transparency report");

    [Fact]
    public async Task A_published_report_is_the_suppressed_figures_frozen_with_their_hash_publisher_time_and_an_audit_entry()
    {
        var published = await Reports.PublishAsync(Period(new PeriodRequest(PeriodKind.Quarter, 2026, 4)), "sam", "Sam Senior");

        Assert.Equal(("2026-Q4", "2026-Q4", 1, "sam", _data.Host.Time.GetUtcNow()), (published.Id, published.PeriodId, published.Revision, published.PublishedBy, published.PublishedAt));
        Assert.Equal(TransparencyJson.Sha256(published.ContentJson), published.ContentSha256);
        Assert.Equal(64, published.ContentSha256.Length);
        var content = TransparencyJson.Deserialize(published.ContentJson);
        Assert.Equal((5, "fewer than 5", "10"), (content.MinimumCount, content.Decisions.Approvals.Display, content.Applications.Submitted.Display));
        var stored = (await Reports.GetAsync("2026-Q4"))!;
        Assert.Equal((published.ContentJson, published.ContentSha256), (stored.ContentJson, stored.ContentSha256));
        var audited = await _data.Host.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(_data.Host.Time.GetUtcNow().UtcDateTime), TransparencyAuditEvents.Published);
        var entry = Assert.Single(audited);
        Assert.Equal(("sam", "2026-Q4", published.ContentSha256, "1"), (entry.Actor, entry.Subject, entry.Details["sha256"], entry.Details["revision"]));
    }

    [Fact]
    public async Task A_period_is_published_once_and_a_correction_is_a_new_revision_with_a_reason_that_keeps_the_first()
    {
        var quarter = Period(new PeriodRequest(PeriodKind.Quarter, 2026, 4));
        var first = await Reports.PublishAsync(quarter, "sam", "Sam Senior");

        var again = await Assert.ThrowsAsync<TransparencyPublishException>(() => Reports.PublishAsync(quarter, "sue", "Sue Senior"));
        var unexplained = await Assert.ThrowsAsync<TransparencyPublishException>(() => Reports.PublishAsync(quarter, "sue", "Sue Senior", newRevision: true));
        var second = await Reports.PublishAsync(quarter, "sue", "Sue Senior", newRevision: true, reason: "A refusal was recorded late.");

        Assert.Equal(PublishProblem.AlreadyPublished, again.Problem);
        Assert.Equal(PublishProblem.ReasonRequired, unexplained.Problem);
        Assert.Equal(("2026-Q4-r2", 2, "2026-Q4", "A refusal was recorded late."), (second.Id, second.Revision, second.Supersedes, second.RevisionReason));
        var list = await Reports.ListAsync();
        Assert.Equal([("2026-Q4", false), ("2026-Q4-r2", true)], list.Select(r => (r.Id, r.Current)).Order());
        Assert.Equal(first.ContentJson, (await Reports.GetAsync("2026-Q4"))!.ContentJson);
    }

    [Fact]
    public async Task A_period_sharing_a_day_with_a_published_one_is_refused_and_its_neighbours_and_revisions_are_not()
    {
        var quarter = Period(new PeriodRequest(PeriodKind.Quarter, 2026, 3));
        await Reports.PublishAsync(quarter, "sam", "Sam Senior");

        var year = await Assert.ThrowsAsync<TransparencyPublishException>(() => Reports.PublishAsync(Period(new PeriodRequest(PeriodKind.Year, 2026)), "sue", "Sue Senior"));
        var lastDay = await Assert.ThrowsAsync<TransparencyPublishException>(() =>
            Reports.PublishAsync(Period(new PeriodRequest(PeriodKind.Custom, From: new DateOnly(2026, 9, 30), To: new DateOnly(2026, 10, 15))), "sue", "Sue Senior"));
        var next = await Reports.PublishAsync(Period(new PeriodRequest(PeriodKind.Quarter, 2026, 4)), "sue", "Sue Senior");
        var before = await Reports.PublishAsync(Period(new PeriodRequest(PeriodKind.Custom, From: new DateOnly(2026, 6, 1), To: new DateOnly(2026, 6, 30))), "sue", "Sue Senior");
        var revised = await Reports.PublishAsync(quarter, "sue", "Sue Senior", newRevision: true, reason: "A refusal was recorded late.");

        Assert.Equal((PublishProblem.OverlapsPublished, PublishProblem.OverlapsPublished), (year.Problem, lastDay.Problem));
        Assert.Contains("2026-07-01 to 2026-09-30", year.Message, StringComparison.Ordinal);
        Assert.Equal(("2026-Q4", "2026-06-01_2026-06-30", "2026-Q3-r2"), (next.Id, before.Id, revised.Id));
        Assert.Equal(4, (await Reports.ListAsync()).Count);
    }

    [Fact]
    public async Task A_period_stored_under_earlier_rules_still_blocks_the_days_it_covers()
    {
        // Custom periods equal to a quarter were allowed once; such a report stays published.
        var earlier = new PublishedTransparencyReport("2025-01-01_2025-03-31", "2025-01-01_2025-03-31", "2025-01-01 to 2025-03-31", 1, null, null,
            _data.Host.Time.GetUtcNow(), "sam", "Sam Senior", new string('0', 64), "{}");
        await _data.Host.Get<DocumentSet<PublishedTransparencyReport>>().CreateAsync(earlier);

        var refused = await Assert.ThrowsAsync<TransparencyPublishException>(() => Reports.PublishAsync(Period(new PeriodRequest(PeriodKind.Quarter, 2025, 1)), "sue", "Sue Senior"));

        Assert.Equal(PublishProblem.OverlapsPublished, refused.Problem);
    }

    [Fact]
    public async Task A_period_that_has_not_ended_cannot_be_published()
    {
        var january = Period(new PeriodRequest(PeriodKind.Quarter, 2027, 1));

        var refused = await Assert.ThrowsAsync<TransparencyPublishException>(() => Reports.PublishAsync(january, "sam", "Sam Senior"));

        Assert.Equal(PublishProblem.PeriodNotEnded, refused.Problem);
        Assert.Empty(await Reports.ListAsync());
    }

    [Fact]
    public async Task The_published_and_the_exact_json_match_the_v1_schema_and_a_suppressed_count_with_a_value_does_not()
    {
        var quarter = Period(new PeriodRequest(PeriodKind.Quarter, 2026, 4));
        var published = await Reports.PublishAsync(quarter, "sam", "Sam Senior");
        var exact = TransparencyJson.Serialize(await Reports.PreviewAsync(quarter));
        using var publishedJson = JsonDocument.Parse(published.ContentJson);
        using var exactJson = JsonDocument.Parse(exact);

        Assert.Empty(Schema.Check(publishedJson.RootElement, formats: true));
        Assert.Empty(Schema.Check(exactJson.RootElement, formats: true));

        var leaked = System.Text.Json.Nodes.JsonNode.Parse(published.ContentJson)!;
        leaked["decisions"]!["approvals"]!["value"] = 4;
        using var leakedJson = JsonDocument.Parse(leaked.ToJsonString());
        Assert.Contains(Schema.Check(leakedJson.RootElement), p => p.Path.Contains("decisions.approvals", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_csv_states_each_figure_on_its_own_line_as_the_report_shows_it()
    {
        var shown = Reports.PublicView(await Reports.PreviewAsync(Period(new PeriodRequest(PeriodKind.Quarter, 2026, 4))));

        var lines = TransparencyCsv.Write(shown).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(TransparencyCsv.Header, lines[0]);
        Assert.Contains("period,id,2026-Q4,Q4 2026,complete", lines);
        Assert.Contains("applications,submitted,,Applications submitted,10", lines);
        Assert.Contains("applications,by-tier,1,Tier 1,not shown", lines);
        Assert.Contains("applications,by-tier,2,Tier 2,fewer than 5", lines);
        Assert.Contains("sandboxes,active,,Active sandboxes,6", lines);
        Assert.Contains("decision-times,sla-budget,humanitarian,Expedited humanitarian,72 hours", lines);
        Assert.Contains("decision-times,median-days,standard,Standard review,", lines);
        Assert.Contains("applications,by-category,SBX-RESEARCH-TOOLS,Non-listed research tooling,7", lines);
        Assert.Equal(1, lines.Count(l => l.StartsWith("applications,by-tier,1,", StringComparison.Ordinal)));
    }
}
