using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Workflows.Tests.Runtime;

public sealed partial class RuntimeTests
{
    [Fact]
    public async Task A_failing_activity_is_retried_with_backoff_then_opens_an_incident_an_administrator_can_retry()
    {
        _host.Activities.FailuresLeft = 100;
        var id = (await StartAsync(tier: 4)).Value.Id;
        var first = await _host.InstanceAsync(id);
        Assert.Equal("refused", first.State);
        Assert.Equal(1, first.Pending.Single().Attempts);
        Assert.Equal(WorkflowTestHostStart + TimeSpan.FromSeconds(1), first.NextWorkAt);

        for (var i = 0; i < 10; i++)
        {
            await _host.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        var stuck = await _host.InstanceAsync(id);
        var incident = Assert.Single(stuck.Incidents);
        Assert.Equal("flaky", incident.Activity);
        Assert.Equal(5, incident.Attempts);
        Assert.Contains("flaky service is down", incident.Error, StringComparison.Ordinal);
        Assert.Equal(1, stuck.OpenIncidents);
        Assert.Null(stuck.NextWorkAt);
        Assert.Single(await _host.Engine.WithOpenIncidentsAsync());

        _host.Activities.FailuresLeft = 0;
        var retried = await _host.Engine.RetryIncidentAsync(id, incident.Id, WorkflowActor.Person("u-admin", "Ana Admin", ["Administrator"], "org-authority"));

        Assert.Empty(retried.Value.Pending);
        Assert.Equal("u-admin", retried.Value.Incidents[0].ResolvedBy);
        Assert.Equal(0, retried.Value.OpenIncidents);
        Assert.Empty(await _host.Engine.WithOpenIncidentsAsync());
    }

    [Fact]
    public async Task Work_left_unfinished_by_a_node_is_picked_up_by_the_worker_after_the_grace()
    {
        var id = (await StartAsync(tier: 1)).Value.Id;
        var current = (await _host.Engine.GetAsync(id))!;
        var abandoned = current.Value;
        abandoned.Pending.Add(new PendingWork { Key = id + ":99:manual", Sequence = abandoned.Sequence, State = "review", Activity = "record" });
        abandoned.NextWorkAt = _host.Time.GetUtcNow() + TimeSpan.FromSeconds(10);
        var instances = (Sandbox.Storage.Documents.DocumentSet<WorkflowInstance>)_host.Services.GetService(typeof(Sandbox.Storage.Documents.DocumentSet<WorkflowInstance>))!;
        await instances.ReplaceAsync(abandoned, current.ETag);

        await _host.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, _host.Activities.EffectsOf(id + ":99:manual"));
        await _host.AdvanceAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(1, _host.Activities.EffectsOf(id + ":99:manual"));
        Assert.Empty((await _host.InstanceAsync(id)).Pending);
    }

    [Fact]
    public async Task Internal_transitions_keep_the_state_and_run_their_activities()
    {
        var id = (await StartAsync(tier: 1)).Value.Id;
        var timersBefore = (await _host.InstanceAsync(id)).Timers.Select(t => t.DocumentId).ToList();

        var noted = await FireAsync(id, "note", Regulator);

        Assert.Equal("review", noted.Value.State);
        Assert.Equal(timersBefore, noted.Value.Timers.Select(t => t.DocumentId));
        Assert.Equal(1, _host.Activities.EffectsOf($"{id}:{noted.Value.Sequence}:t0"));
        Assert.Equal(("review", "review"), (noted.Value.History[^1].From, noted.Value.History[^1].To));
    }

    [Fact]
    public async Task Starting_twice_finds_the_first_instance()
    {
        var first = await StartAsync(tier: 1);
        var second = await StartAsync(tier: 3);

        Assert.Equal(first.Value.Id, second.Value.Id);
        Assert.Equal("review", second.Value.State);
        Assert.Single(await _host.Engine.FindBySubjectAsync("case-1"));
    }
}
