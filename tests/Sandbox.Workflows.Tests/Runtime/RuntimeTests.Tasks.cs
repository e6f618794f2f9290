using Sandbox.Workflows.Tasks;

namespace Sandbox.Workflows.Tests.Runtime;

public sealed partial class RuntimeTests
{
    [Fact]
    public async Task Waiting_states_publish_tasks_with_the_sla_due_date_and_withdraw_them_when_left()
    {
        var id = (await StartAsync(tier: 1, reviewDays: 10)).Value.Id;

        var task = Assert.Single(await _host.InboxAsync(Regulator));
        Assert.Equal(("review", "Decide the application", id), (task.Queue, task.Title, task.InstanceId));
        Assert.Equal(WorkflowTestHostStart + TimeSpan.FromDays(10), task.DueAt);
        Assert.Equal(["approve", "refuse", "request-information"], task.Actions.Select(a => a.Trigger));
        Assert.Equal(SlaStatus.OnTime, task.SlaStatusAt(_host.Time.GetUtcNow()));
        Assert.Equal(SlaStatus.DueSoon, task.SlaStatusAt(WorkflowTestHostStart + TimeSpan.FromDays(9)));
        Assert.Equal(SlaStatus.Overdue, task.SlaStatusAt(WorkflowTestHostStart + TimeSpan.FromDays(10)));
        Assert.Empty(await _host.InboxAsync(OwnRegulator));
        Assert.Empty(await _host.InboxAsync(Applicant));

        await FireAsync(id, "request-information", Regulator);

        Assert.Empty(await _host.InboxAsync(Regulator));
        var answer = Assert.Single(await _host.InboxAsync(Applicant));
        Assert.Equal("org-applicant", answer.OrganizationId);
        Assert.Empty(await _host.InboxAsync(Instances.WorkflowActor.Person("u-other", "Other", ["Applicant"], "org-other")));
    }

    [Fact]
    public async Task A_substate_keeps_the_parent_task_and_adds_its_own()
    {
        var id = (await StartAsync(tier: 1, reviewDays: 1)).Value.Id;
        await _host.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal("escalated", (await _host.InstanceAsync(id)).State);
        Assert.Single(await _host.InboxAsync(Regulator));
        Assert.Equal(2, (await _host.InboxAsync(Senior)).Count);
    }
}
