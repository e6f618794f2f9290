using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Tests;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Provisioning;

namespace Sandbox.Provisioning.Tests;

/// <summary>
/// The gateway over a provisioned sandbox (Tier 1, network flows) with the licence's conditions: aggregate only, cells of
/// at least 10, no raw identifiers, 5,000 rows a query, one declared purpose, EU only. Each condition refuses in turn.
/// </summary>
public sealed class GatewayTests : IAsyncLifetime
{
    private const string Purpose = "Evaluate detection accuracy on synthetic records";

    private SandboxTestBed _bed = null!;
    private PilotLicence _licence = null!;
    private SandboxEnvironment _sandbox = null!;

    public async Task InitializeAsync()
    {
        _bed = new SandboxTestBed(await LicensingTestHost.StartAsync());
        _licence = await _bed.ActiveLicenceAsync(Pilots.Conditions with { QueriesPerDay = 6 });
        _sandbox = (await _bed.SandboxAsync(_licence))!;
    }

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    private static GatewayQuery CountBy(string field, string? purpose = Purpose) => new()
    {
        Dataset = "flows",
        Purpose = purpose,
        Aggregates = [new GatewayAggregate("count"), new GatewayAggregate("sum", "bytes")],
        GroupBy = [field],
    };

    private Task<GatewayResult<QueryResult>> QueryAsync(GatewayCaller caller, GatewayQuery query) =>
        _bed.InScopeAsync(s => s.GetRequiredService<SandboxGateway>().QueryAsync(caller, _sandbox.Id, query, CancellationToken.None));

    private async Task<GatewayRefusal> RefusedAsync(GatewayCaller caller, GatewayQuery query)
    {
        var answer = await QueryAsync(caller, query);
        Assert.Null(answer.Value);
        return answer.Refusal!;
    }

    private async Task<IReadOnlyList<AuditEvent>> GatewayAuditAsync() =>
        (await _bed.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(_bed.Host.Time.GetUtcNow().UtcDateTime), SandboxAuditEvents.GatewayRequest))
            .Where(e => e.Subject == _sandbox.Id).ToList();

    [Fact]
    public async Task An_aggregate_within_the_conditions_is_answered_with_small_cells_suppressed_and_audited()
    {
        var answer = await QueryAsync(SandboxTestBed.Service(_sandbox), CountBy("protocol"));

        var result = Assert.IsType<QueryResult>(answer.Value);
        Assert.Equal(["protocol", "count", "sum_bytes"], result.Columns);
        Assert.All(result.Rows, row => Assert.True((long)row[1]! >= 10));
        var rows = SyntheticDataGenerator.Generate(_sandbox.Dataset("flows")!.Recipe).ToList();
        var protocol = _sandbox.Dataset("flows")!.Recipe.IndexOf("protocol");
        var expected = rows.GroupBy(r => (string?)r[protocol]).Where(g => g.Count() >= 10).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count()));
        Assert.Equal(expected, result.Rows.Select(r => ((string?)r[0], (long)r[1]!)));

        var audited = Assert.Single(await GatewayAuditAsync());
        Assert.Equal((AuditOutcome.Succeeded, "query", "flows", Purpose, result.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (audited.Outcome, audited.Details["operation"], audited.Details["dataset"], audited.Details["purpose"], audited.Details["rows"]));
        Assert.Contains("\"groupBy\":[\"protocol\"]", audited.Details["query"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Groups_smaller_than_the_minimum_cell_size_are_suppressed_and_counted()
    {
        var result = (await QueryAsync(SandboxTestBed.Service(_sandbox), CountBy("src_port"))).Value!;

        Assert.True(result.SuppressedGroups > 0);
        Assert.All(result.Rows, row => Assert.True((long)row[1]! >= 10));
    }

    [Fact]
    public async Task Each_condition_refuses_in_turn_naming_itself_and_every_refusal_is_audited()
    {
        var service = SandboxTestBed.Service(_sandbox);
        // Callers not bound to the sandbox are answered as for an unknown sandbox (ids cannot be probed); the audit log says why.
        var cases = new (GatewayCaller Caller, GatewayQuery Query, int Status, string Condition)[]
        {
            (service with { SandboxClaim = "sbx-2026-999999" }, CountBy("protocol"), 404, "binding"),
            (service with { ClientId = "client-someone-else" }, CountBy("protocol"), 404, "binding"),
            (SandboxTestBed.Service(_sandbox, scopes: [SandboxIds.Scope(_sandbox.Id, SandboxIds.ExportRequestOperation)]), CountBy("protocol"), 403, "scope"),
            (SandboxTestBed.Service(_sandbox, region: "US"), CountBy("protocol"), 403, "dataLocalizationRegion"),
            (_bed.Researcher() with { Subject = "someone-else" }, CountBy("protocol"), 404, "binding"),
            (_bed.Researcher() with { OrganizationId = "moved-to-another-organization" }, CountBy("protocol"), 404, "binding"),
            (service, CountBy("protocol", purpose: null), 403, "declaredPurposes"),
            (service, CountBy("protocol", purpose: "Train a face recognition model"), 403, "declaredPurposes"),
            (service, CountBy("src_ip"), 403, "noRawIdentifiers"),
            (service, new GatewayQuery { Dataset = "flows", Purpose = Purpose, Select = ["protocol", "bytes"] }, 403, "aggregateOnly"),
            (service, CountBy("protocol") with { Limit = 6000 }, 403, "maxRowsPerQuery"),
            (service, CountBy("protocol") with { Dataset = "nope" }, 400, "query"),
            (service, CountBy("no_such_field"), 400, "query"),
        };

        foreach (var (caller, query, status, condition) in cases)
        {
            var refusal = await RefusedAsync(caller, query);
            Assert.Equal((status, condition), (refusal.Status, refusal.Audited ?? refusal.Condition));
            Assert.Equal(status == 404 ? "sandbox" : condition, refusal.Condition);
        }

        var audited = await GatewayAuditAsync();
        Assert.Equal(cases.Select(c => c.Condition), audited.Select(e => e.Details["condition"]));
        Assert.All(audited, e => Assert.Equal(AuditOutcome.Refused, e.Outcome));
        Assert.NotNull((await QueryAsync(_bed.Researcher(), CountBy("protocol"))).Value);
    }

    [Fact]
    public async Task Past_the_daily_quota_the_gateway_answers_429_until_midnight_UTC()
    {
        var service = SandboxTestBed.Service(_sandbox);
        for (var i = 0; i < 6; i++)
        {
            Assert.NotNull((await QueryAsync(service, CountBy("protocol"))).Value);
        }

        var refusal = await RefusedAsync(service, CountBy("protocol"));
        var now = _bed.Host.Time.GetUtcNow();
        Assert.Equal((429, "queriesPerDay"), (refusal.Status, refusal.Condition));
        Assert.Equal(new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero) - now, refusal.RetryAfter);

        await _bed.Host.AdvanceAsync(refusal.RetryAfter!.Value);
        Assert.NotNull((await QueryAsync(service, CountBy("protocol"))).Value);
    }

    [Theory]
    [InlineData("suspend", "suspended")]
    [InlineData("revoke", "revoked")]
    public async Task A_suspended_or_revoked_licence_is_refused_on_the_very_next_request(string trigger, string state)
    {
        var service = SandboxTestBed.Service(_sandbox);
        Assert.NotNull((await QueryAsync(service, CountBy("protocol"))).Value);

        await _bed.ActAsync(_licence, trigger, "Breach of the telemetry condition.");

        var refusal = await RefusedAsync(service, CountBy("protocol"));
        Assert.Equal((403, "licence"), (refusal.Status, refusal.Condition));
        Assert.Contains(state, refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_its_end_the_licence_is_refused_even_before_the_expiry_timer_has_run()
    {
        var service = SandboxTestBed.Service(_sandbox);
        _bed.Host.Time.SetUtcNow(_licence.ValidTo); // the clock moves; no sweep, so the lifecycle has not expired it yet

        var refusal = await RefusedAsync(service, CountBy("protocol"));

        Assert.Equal((403, "licence"), (refusal.Status, refusal.Condition));
        Assert.Contains("expired", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_must_fit_the_field_type()
    {
        var query = CountBy("protocol") with { Filters = [new GatewayFilter("bytes", "gt", JsonSerializer.SerializeToElement("many"))] };

        var refusal = await RefusedAsync(SandboxTestBed.Service(_sandbox), query);

        Assert.Equal(400, refusal.Status);
        Assert.Contains(refusal.Problems!, p => p.Path == "filters[0].value");
    }
}
