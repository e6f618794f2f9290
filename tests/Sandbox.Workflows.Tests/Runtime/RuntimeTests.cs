using Sandbox.Storage.Documents;
using System.Text.Json.Nodes;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;
using Sandbox.Workflows.Tests.Support;

namespace Sandbox.Workflows.Tests.Runtime;

public sealed partial class RuntimeTests : IAsyncLifetime
{
    private WorkflowTestHost _host = null!;

    private static readonly WorkflowActor Regulator = WorkflowActor.Person("u-reg", "Rita Regulator", ["Regulator"], "org-authority");
    private static readonly WorkflowActor SecondRegulator = WorkflowActor.Person("u-reg2", "Rui Regulator", ["Regulator"], "org-authority");
    private static readonly WorkflowActor Senior = WorkflowActor.Person("u-senior", "Sam Senior", ["SeniorRegulator", "Regulator"], "org-authority");
    private static readonly WorkflowActor Applicant = WorkflowActor.Person("u-app", "Ada Applicant", ["Applicant"], "org-applicant");
    private static readonly WorkflowActor OwnRegulator = WorkflowActor.Person("u-own", "Otto Own", ["Regulator"], "org-applicant");

    public async Task InitializeAsync() => _host = await WorkflowTestHost.StartAsync([WorkflowTestHost.Definition("review-test.v1.json")]);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<Versioned<WorkflowInstance>> StartAsync(int tier, int reviewDays = 10, string subject = "case-1") =>
        _host.StartInstanceAsync("review-test", subject, new JsonObject
        {
            ["tier"] = tier,
            ["reviewDays"] = reviewDays,
            ["validTo"] = (WorkflowTestHost.Start + TimeSpan.FromDays(365)).ToString("O"),
        });

    private Task<Versioned<WorkflowInstance>> FireAsync(string id, string trigger, WorkflowActor actor, string? reason = null, JsonObject? data = null) =>
        _host.Engine.FireAsync(id, new FireCommand(trigger, actor, reason, data));

    [Fact]
    public async Task Start_runs_the_entry_activity_and_routes_by_tier_through_the_automatic_trigger()
    {
        var started = await StartAsync(tier: 1);

        var instance = started.Value;
        Assert.Equal("review", instance.State);
        Assert.Equal("intake", instance.Data["routedBy"]!.GetValue<string>());
        Assert.Equal(["start", "routed"], instance.History.Select(h => h.Trigger));
        Assert.Equal(ActorKind.System, instance.History[1].ActorKind);
        Assert.Empty(instance.Pending);
        Assert.Null(instance.NextWorkAt);
        Assert.Equal(1, _host.Activities.EffectsOf("review-test:case-1:1:intake:0"));
    }
}
