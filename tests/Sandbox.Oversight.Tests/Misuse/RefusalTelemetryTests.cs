using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Tests;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.Misuse;

/// <summary>The gateway raises a report by itself once a sandbox keeps hitting its licence's conditions.</summary>
public sealed class RefusalTelemetryTests : IAsyncLifetime
{
    private MisuseTestBed _bed = null!;
    private PilotLicence _licence = null!;
    private SandboxEnvironment _sandbox = null!;

    public async Task InitializeAsync()
    {
        _bed = await MisuseTestBed.StartAsync(o => (o.RefusalThreshold, o.TelemetryWindowMinutes) = (3, 60));
        _licence = await _bed.Sandboxes.ActiveLicenceAsync();
        _sandbox = (await _bed.Sandboxes.SandboxAsync(_licence))!;
    }

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    private Task<GatewayResult<QueryResult>> AskAsync(string? purpose, string groupBy = "protocol") =>
        _bed.InScopeAsync(s => s.GetRequiredService<SandboxGateway>().QueryAsync(SandboxTestBed.Service(_sandbox), _sandbox.Id,
            new GatewayQuery { Dataset = "flows", Purpose = purpose, Aggregates = [new GatewayAggregate("count")], GroupBy = [groupBy] }, CancellationToken.None));

    private async Task<IReadOnlyList<MisuseReport>> TelemetryReportsAsync()
    {
        await _bed.Host.AdvanceAsync(TimeSpan.Zero);
        return (await _bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().QueueAsync(Regulator, null, 50)))
            .Where(r => r.Source == MisuseSource.GatewayTelemetry).ToList();
    }

    [Fact]
    public async Task The_refusal_that_reaches_the_threshold_raises_one_report_naming_the_sandbox_and_its_conditions()
    {
        await AskAsync("Train a face recognition model");
        await AskAsync(null);
        Assert.Empty(await TelemetryReportsAsync());
        Assert.NotNull((await AskAsync("Evaluate detection accuracy on synthetic records")).Value);

        await AskAsync("Profile individual users");
        await AskAsync("Profile individual users");

        var report = Assert.Single(await TelemetryReportsAsync());
        Assert.Equal((MisuseAllegation.BreachOfConditions, _sandbox.Id, 3), (report.Allegation, report.SandboxId, report.Telemetry!.Refusals));
        Assert.Equal(3, report.Telemetry.Conditions["declaredPurposes"]);
        Assert.Equal(MisuseStatus.Triage, report.Status);
        Assert.Contains(_sandbox.Id, report.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_second_report_while_the_first_is_open_and_a_new_one_after_it_was_closed()
    {
        for (var i = 0; i < 5; i++)
        {
            await AskAsync(null);
        }

        var first = Assert.Single(await TelemetryReportsAsync());
        await _bed.Host.AdvanceAsync(TimeSpan.FromHours(1));
        for (var i = 0; i < 3; i++)
        {
            await AskAsync(null);
        }

        Assert.Single(await TelemetryReportsAsync());
        await _bed.ActAsync(Regulator, first.Id, "dismiss", new MisuseDecision("A misconfigured client; fixed with the holder."));
        await _bed.Host.AdvanceAsync(TimeSpan.FromHours(1));
        for (var i = 0; i < 3; i++)
        {
            await AskAsync(null);
        }

        Assert.Equal(2, (await TelemetryReportsAsync()).Count);
    }

    [Fact]
    public async Task A_suspended_sandbox_refusing_requests_raises_nothing()
    {
        await _bed.Sandboxes.ActAsync(_licence, "suspend", "Routine audit.");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("licence", (await AskAsync(null)).Refusal!.Condition);
        }

        Assert.Empty(await TelemetryReportsAsync());
    }
}
