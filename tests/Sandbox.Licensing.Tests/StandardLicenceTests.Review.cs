using Sandbox.Applications.Intake;
using Sandbox.Domain.Licensing;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Licensing.Tests;

/// <summary>Review findings of #5: conditions below the tier's floor, acting while automatic steps run, own-organization readers.</summary>
public sealed partial class StandardLicenceTests
{
    [Fact]
    public async Task Conditions_looser_than_the_tiers_defaults_need_an_approval_with_provisos()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var id = (await _host.CaseAsync(application.Id)).Id;
        var loose = Pilots.Approve() with { Conditions = Pilots.Conditions with { TelemetryRequired = false } };

        var refused = await Assert.ThrowsAsync<IntakeValidationException>(() => DecideAsync(id, Regulator, loose));
        var decided = await DecideAsync(id, Regulator, loose with
        {
            Outcome = DecisionOutcome.ApproveWithProvisos,
            Rationale = "Telemetry is replaced by a weekly signed log export, which the proviso requires.",
        });

        Assert.Contains(refused.Problems, p => p.Field == "conditions.telemetryRequired");
        Assert.Equal("licensed", decided.State);
    }

    [Fact]
    public async Task People_cannot_act_while_the_cases_automatic_steps_are_still_running()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var id = (await _host.CaseAsync(application.Id)).Id;
        var instances = _host.Get<Sandbox.Storage.Documents.DocumentSet<WorkflowInstance>>();
        var stored = (await instances.ReadAsync(id, id))!;
        stored.Value.Pending.Add(new PendingWork { Key = id + ":manual", Sequence = stored.Value.Sequence, State = "review", Activity = "notify", NotBefore = Start.AddDays(1) });
        await instances.ReplaceAsync(stored.Value, stored.ETag);

        var offered = await _host.Engine.PermittedAsync(id, Sandbox.Licensing.Cases.WorkflowActors.From(Regulator, "Rita"));
        var refused = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => DecideAsync(id, Regulator, Pilots.Approve()));

        Assert.False(offered.Single(t => t.Trigger == "approve").Permitted);
        Assert.Contains(refused.Reasons, r => r.Contains("still running", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_case_reader_of_the_applicants_own_organization_sees_the_stage_not_the_case_side()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var @case = await _host.CaseAsync(application.Id);
        var ownAuditor = Person("olga", _host.ApplicantOrganizationId, "Auditor");

        Assert.False(await _host.Cases.ShowsCaseSideAsync(ownAuditor, @case));
        Assert.True(await _host.Cases.ShowsCaseSideAsync(Regulator, @case));
        Assert.False(await _host.Cases.ShowsCaseSideAsync(_host.Applicant, @case));
    }
}
