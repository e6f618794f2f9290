using Sandbox.Workflows.Runtime;

namespace Sandbox.Workflows.Tests.Runtime;

public sealed partial class RuntimeTests
{
    [Fact]
    public async Task Tier_two_needs_a_countersign_by_someone_else_than_the_approver()
    {
        var id = (await StartAsync(tier: 2)).Value.Id;
        await FireAsync(id, "approve", Senior);

        var refused = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => FireAsync(id, "countersign", Senior));
        Assert.Contains(refused.Reasons, r => r.Contains("has not already acted", StringComparison.Ordinal));

        var done = await FireAsync(id, "countersign", WorkflowActor_Senior2);
        Assert.Equal("licensed", done.Value.State);
    }

    private static readonly Instances.WorkflowActor WorkflowActor_Senior2 = Instances.WorkflowActor.Person("u-senior2", "Sue Senior", ["SeniorRegulator"], "org-authority");

    [Fact]
    public async Task Nobody_decides_a_case_of_their_own_organization()
    {
        var id = (await StartAsync(tier: 1)).Value.Id;

        var refused = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => FireAsync(id, "approve", OwnRegulator));

        Assert.Contains("not by the applicant's own organization", refused.Reasons);
        Assert.Equal("review", (await _host.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task A_trigger_without_the_role_or_in_the_wrong_state_is_refused_with_reasons_and_changes_nothing()
    {
        var id = (await StartAsync(tier: 1)).Value.Id;
        var before = await _host.Engine.GetAsync(id);

        var wrongRole = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => FireAsync(id, "approve", Applicant));
        var wrongState = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => FireAsync(id, "countersign", Senior));
        var unknown = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => FireAsync(id, "fly", Senior));
        var systemOnly = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => FireAsync(id, "escalate", Senior));

        Assert.Contains("needs the role Regulator", wrongRole.Reasons);
        Assert.Contains("review", wrongState.Message, StringComparison.Ordinal);
        Assert.Contains(unknown.Reasons, r => r.Contains("no such trigger", StringComparison.Ordinal));
        Assert.Contains(systemOnly.Reasons, r => r.Contains("fired by a timer", StringComparison.Ordinal));
        Assert.Equal(before!.ETag, (await _host.Engine.GetAsync(id))!.ETag);
    }

    [Fact]
    public async Task A_reason_is_required_where_the_definition_says_so()
    {
        var id = (await StartAsync(tier: 1)).Value.Id;

        var missing = await Assert.ThrowsAsync<WorkflowInputException>(() => FireAsync(id, "refuse", Regulator, reason: "  "));

        Assert.Equal("reason", missing.Field);
        Assert.Equal("review", (await _host.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task A_stale_etag_is_refused_rather_than_overwritten()
    {
        var started = await StartAsync(tier: 1);
        await FireAsync(started.Value.Id, "note", Regulator);

        await Assert.ThrowsAsync<WorkflowConcurrencyException>(() =>
            _host.Engine.FireAsync(started.Value.Id, new FireCommand("approve", Regulator, IfMatch: started.ETag)));

        Assert.Equal("review", (await _host.InstanceAsync(started.Value.Id)).State);
    }

    [Fact]
    public async Task Joint_review_needs_two_distinct_concurrences_then_a_senior_who_did_not_concur()
    {
        var id = (await StartAsync(tier: 3)).Value.Id;
        await FireAsync(id, "concur", Regulator);

        await Assert.ThrowsAsync<TriggerNotPermittedException>(() => FireAsync(id, "concur", Regulator));
        var early = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => FireAsync(id, "approve", WorkflowActor_Senior2));
        Assert.Contains(early.Reasons, r => r.Contains("at least 2 distinct approvals", StringComparison.Ordinal));

        await FireAsync(id, "concur", SecondRegulator);
        await FireAsync(id, "concur", Senior);
        var concurred = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => FireAsync(id, "approve", Senior));
        Assert.Contains(concurred.Reasons, r => r.Contains("has not already acted", StringComparison.Ordinal));

        Assert.Equal("licensed", (await FireAsync(id, "approve", WorkflowActor_Senior2)).Value.State);
    }

    [Fact]
    public async Task Permitted_triggers_say_what_each_person_may_do_and_why_not()
    {
        var id = (await StartAsync(tier: 1)).Value.Id;

        var forRegulator = await _host.Engine.PermittedAsync(id, Regulator);
        var forApplicant = await _host.Engine.PermittedAsync(id, Applicant);

        Assert.True(forRegulator.Single(t => t.Trigger == "approve").Permitted);
        Assert.False(forRegulator.Single(t => t.Trigger == "withdraw").Permitted);
        Assert.True(forApplicant.Single(t => t.Trigger == "withdraw").Permitted);
        Assert.Contains("needs the role Regulator", forApplicant.Single(t => t.Trigger == "approve").Unmet);
        Assert.DoesNotContain(forRegulator, t => t.Trigger == "escalate");
    }

    [Fact]
    public async Task A_refusal_can_be_appealed_once()
    {
        var id = (await StartAsync(tier: 1)).Value.Id;
        await FireAsync(id, "refuse", Regulator, reason: "Insufficient safeguards");
        await FireAsync(id, "appeal", Applicant);
        await FireAsync(id, "refuse", SecondRegulator, reason: "Still insufficient");

        var again = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => FireAsync(id, "appeal", Applicant));

        Assert.Contains(again.Reasons, r => r.Contains("appeal at most 1 time", StringComparison.Ordinal));
        var refusal = (await _host.InstanceAsync(id)).History.First(h => h.Trigger == "refuse");
        Assert.Equal("Insufficient safeguards", refusal.Reason);
        Assert.Equal("u-reg", refusal.ActorId);
    }

    [Fact]
    public async Task Withdrawal_declared_on_the_superstate_works_from_each_substate()
    {
        var review = (await StartAsync(tier: 1, subject: "a")).Value.Id;
        var joint = (await StartAsync(tier: 3, subject: "b")).Value.Id;

        Assert.Equal("withdrawn", (await FireAsync(review, "withdraw", Applicant)).Value.State);
        var ended = await FireAsync(joint, "withdraw", Applicant);

        Assert.True(ended.Value.Completed);
        await Assert.ThrowsAsync<TriggerNotPermittedException>(() => FireAsync(joint, "concur", Regulator));
    }
}
