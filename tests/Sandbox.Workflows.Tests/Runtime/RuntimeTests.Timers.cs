using System.Text.Json.Nodes;
using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Tests.Runtime;

public sealed partial class RuntimeTests
{
    private async Task<string> LicensedAsync(DateTimeOffset validTo, string subject = "case-1")
    {
        var id = (await StartAsync(tier: 1, subject: subject)).Value.Id;
        await FireAsync(id, "approve", Regulator, data: new JsonObject { ["validTo"] = validTo.ToString("O") });
        return id;
    }

    [Fact]
    public async Task The_sla_clock_escalates_when_its_budget_runs_out_and_pauses_while_the_applicant_answers()
    {
        var id = (await StartAsync(tier: 1, reviewDays: 10)).Value.Id;
        await _host.AdvanceAsync(TimeSpan.FromDays(4));
        await FireAsync(id, "request-information", Regulator);
        await _host.AdvanceAsync(TimeSpan.FromDays(30));
        Assert.Equal("awaiting-applicant", (await _host.InstanceAsync(id)).State);

        await FireAsync(id, "information-provided", Applicant);
        var resumed = await _host.InstanceAsync(id);
        Assert.Equal(WorkflowTestHostStart + TimeSpan.FromDays(40), resumed.Clocks["review"].DueAt);

        await _host.AdvanceAsync(TimeSpan.FromDays(6) - TimeSpan.FromSeconds(1));
        Assert.Equal("review", (await _host.InstanceAsync(id)).State);
        await _host.AdvanceAsync(TimeSpan.FromSeconds(1));

        var escalated = await _host.InstanceAsync(id);
        Assert.Equal("escalated", escalated.State);
        Assert.Equal(ActorKind.Timer, escalated.History[^1].ActorKind);
        Assert.True(escalated.Clocks["review"].Remaining(_host.Time.GetUtcNow()) <= TimeSpan.Zero);
    }

    private static DateTimeOffset WorkflowTestHostStart => Support.WorkflowTestHost.Start;

    [Fact]
    public async Task Timers_read_their_time_from_the_instance_data_and_fire_once()
    {
        var id = await LicensedAsync(WorkflowTestHostStart + TimeSpan.FromDays(30));
        Assert.Equal(2, (await _host.TimerDocumentsAsync()).Count);

        await _host.AdvanceAsync(TimeSpan.FromDays(16));
        await _host.AdvanceAsync(TimeSpan.FromDays(1));
        var reminded = await _host.InstanceAsync(id);
        Assert.Single(reminded.History, h => h.Trigger == "remind");
        Assert.Equal("licensed", reminded.State);

        await _host.AdvanceAsync(TimeSpan.FromDays(13));
        var expired = await _host.InstanceAsync(id);
        Assert.Equal("expired", expired.State);
        Assert.Single(expired.History, h => h.Trigger == "expire");
        Assert.Empty(await _host.TimerDocumentsAsync());
    }

    [Fact]
    public async Task Leaving_a_state_cancels_its_timers_and_reentering_skips_a_reminder_already_past()
    {
        var id = await LicensedAsync(WorkflowTestHostStart + TimeSpan.FromDays(30));
        await FireAsync(id, "suspend", Regulator, reason: "Breach of retention condition");
        Assert.Single(await _host.TimerDocumentsAsync());

        await _host.AdvanceAsync(TimeSpan.FromDays(20));
        var reinstated = await FireAsync(id, "reinstate", Regulator);

        Assert.Equal(["expiry"], reinstated.Value.Timers.Select(t => t.TimerId));
        Assert.DoesNotContain(reinstated.Value.History, h => h.Trigger == "remind");
        await _host.AdvanceAsync(TimeSpan.FromDays(10));
        Assert.Equal("expired", (await _host.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task A_timer_due_while_suspended_expires_the_licence_anyway()
    {
        var id = await LicensedAsync(WorkflowTestHostStart + TimeSpan.FromDays(30));
        await FireAsync(id, "suspend", Regulator, reason: "Investigation");

        await _host.AdvanceAsync(TimeSpan.FromDays(31));

        Assert.Equal("expired", (await _host.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task Rescheduling_follows_a_moved_date_without_leaving_the_state()
    {
        var id = await LicensedAsync(WorkflowTestHostStart + TimeSpan.FromDays(30));

        await FireAsync(id, "extend", Regulator, data: new JsonObject { ["validTo"] = (WorkflowTestHostStart + TimeSpan.FromDays(60)).ToString("O") });
        await _host.AdvanceAsync(TimeSpan.FromDays(31));

        var instance = await _host.InstanceAsync(id);
        Assert.Equal("licensed", instance.State);
        Assert.Equal(WorkflowTestHostStart + TimeSpan.FromDays(60), instance.Timers.Single(t => t.TimerId == "expiry").DueAt);
        Assert.Equal(2, (await _host.TimerDocumentsAsync()).Count);
    }

    [Fact]
    public async Task A_timer_document_its_instance_no_longer_lists_does_nothing()
    {
        var id = await LicensedAsync(WorkflowTestHostStart + TimeSpan.FromDays(30));
        var stale = (await _host.TimerDocumentsAsync()).Single(t => t.TimerId == "expiry");
        await FireAsync(id, "suspend", Regulator, reason: "Investigation");
        await FireAsync(id, "reinstate", Regulator);
        var timers = _host.Services.GetService(typeof(Sandbox.Storage.Documents.DocumentSet<Timers.TimerDocument>)) as Sandbox.Storage.Documents.DocumentSet<Timers.TimerDocument>;
        await timers!.UpsertAsync(stale);

        await _host.AdvanceAsync(TimeSpan.FromDays(30));

        Assert.Single((await _host.InstanceAsync(id)).History, h => h.Trigger == "expire");
    }
}
