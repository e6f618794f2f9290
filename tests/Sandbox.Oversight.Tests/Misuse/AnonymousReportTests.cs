using Microsoft.Extensions.DependencyInjection;
using Sandbox.Identity.Audit;
using Sandbox.Oversight.Misuse;

namespace Sandbox.Oversight.Tests.Misuse;

/// <summary>Whistle-blowers: nothing that points to them is kept, their follow-up key works once issued, and the rate is limited per address.</summary>
public sealed class AnonymousReportTests : IAsyncLifetime
{
    private const string Address = "203.0.113.9";

    private MisuseTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await MisuseTestBed.StartAsync(o => o.AnonymousReportsPerHour = 3);

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    private Task<MisuseReceipt> WhistleAsync(string address = Address) => _bed.SubmitAsync(MisuseReporter.Anonymous(address), MisuseTestBed.Submission());

    [Fact]
    public async Task An_anonymous_report_keeps_no_identity_and_answers_its_follow_up_key_only()
    {
        var receipt = await WhistleAsync();

        var stored = await _bed.ReportOfAsync(receipt.ReportId);
        Assert.Equal((MisuseSource.Anonymous, null, null), (stored.Source, stored.ReporterUserId, stored.ReporterOrganizationId));
        Assert.NotNull(receipt.FollowUpKey);
        Assert.NotEqual(receipt.FollowUpKey, stored.FollowUpKeyHash);
        Task<MisuseStatus> FollowUpAsync(string reference, string? key) => _bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().FollowUpAsync(reference, key));
        Assert.Equal(MisuseStatus.Triage, await FollowUpAsync(stored.Reference.ToLowerInvariant(), receipt.FollowUpKey));
        await Assert.ThrowsAsync<MisuseReportNotFoundException>(() => FollowUpAsync(stored.Reference, "guessed-key"));
        await Assert.ThrowsAsync<MisuseReportNotFoundException>(() => FollowUpAsync(stored.Reference, null));

        var audit = await _bed.Host.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(_bed.Host.Time.GetUtcNow().UtcDateTime));
        Assert.Contains(audit, e => e.Type == MisuseIntake.ReportedEvent && e.Actor == "anonymous" && e.Subject == stored.Reference);
        Assert.DoesNotContain(audit, e => e.Details.Values.Any(v => v.Contains(Address, StringComparison.Ordinal)));
        var instance = await _bed.InstanceAsync(receipt.ReportId);
        Assert.DoesNotContain(Address, instance.Data.ToJsonString(), StringComparison.Ordinal);
        Assert.All(instance.History, h => Assert.Equal("system", h.ActorId));
    }

    [Fact]
    public async Task A_signed_in_reporter_may_ask_to_stay_anonymous()
    {
        var receipt = await _bed.SubmitAsync(new MisuseReporter(MisuseTestBed.Watchdog, "Wanda", Address), MisuseTestBed.Submission() with { Anonymous = true });

        var stored = await _bed.ReportOfAsync(receipt.ReportId);
        Assert.Equal((MisuseSource.Anonymous, null), (stored.Source, stored.ReporterUserId));
        Assert.Empty(await _bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().SentByAsync(MisuseTestBed.Watchdog)));
    }

    [Fact]
    public async Task Reports_from_one_address_are_limited_per_hour_and_the_limit_comes_back_the_next_hour()
    {
        for (var i = 0; i < 3; i++)
        {
            await WhistleAsync();
        }

        var limited = await Assert.ThrowsAsync<MisuseRateLimitedException>(() => WhistleAsync());
        Assert.InRange(limited.RetryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        await WhistleAsync("203.0.113.10");
        Assert.Equal(4, (await _bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().QueueAsync(Licensing.Tests.LicensingTestHost.Regulator, null, 50))).Count);

        await _bed.Host.AdvanceAsync(limited.RetryAfter);
        await WhistleAsync();
    }
}
