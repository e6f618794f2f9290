using Sandbox.Applications.Intake;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Licensing.Notifications;
using Sandbox.Workflows.Runtime;
using Sandbox.Workflows.Tasks;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Licensing.Tests;

/// <summary>The standard pilot licence definition end to end on the store, with a fake clock.</summary>
public sealed partial class StandardLicenceTests : IAsyncLifetime
{
    private LicensingTestHost _host = null!;

    public async Task InitializeAsync() => _host = await LicensingTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> ETagAsync(string instanceId) => (await _host.Engine.GetAsync(instanceId))!.ETag;

    private async Task<Sandbox.Workflows.Instances.WorkflowInstance> DecideAsync(string instanceId, Sandbox.Applications.Access.CaseActor actor, LicenceDecision decision) =>
        (await _host.Cases.DecideAsync(actor, actor.UserId, instanceId, decision, await ETagAsync(instanceId))).Value;

    private async Task<Sandbox.Workflows.Instances.WorkflowInstance> ActAsync(string instanceId, Sandbox.Applications.Access.CaseActor actor, string trigger, string? reason = null) =>
        (await _host.Cases.ActAsync(actor, actor.UserId, instanceId, trigger, reason, await ETagAsync(instanceId))).Value;

    [Fact]
    public async Task Tier_1_goes_from_submission_to_an_active_licence_that_reminds_its_holder_and_expires_on_time()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var @case = await _host.CaseAsync(application.Id);
        Assert.Equal(("standard-pilot-licence", "review"), (@case.DefinitionId, @case.State));
        var task = Assert.Single(await _host.Get<WorkflowInbox>().ForAsync(WorkflowActors.From(Regulator, "Rita")));
        Assert.Equal(application.Reference, task.Subject.Reference);

        var decided = await DecideAsync(@case.Id, Regulator, Pilots.Approve(days: 100));

        Assert.Equal("licensed", decided.State);
        var licence = Assert.Single(await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id));
        Assert.Equal("SBX-2026-000001", licence.Reference);
        Assert.Equal((LicenceStatus.Issued, LicenceKind.Full), (licence.Status, licence.Kind));
        Assert.Equal(Pilots.Conditions, licence.Conditions);
        Assert.Equal(("rita", null), (licence.Decision.DecidedById, licence.Decision.CountersignedById));
        Assert.Empty(await _host.Get<WorkflowInbox>().ForAsync(WorkflowActors.From(Regulator, "Rita")));

        await _host.AdvanceAsync(TimeSpan.FromDays(14));
        Assert.Equal(LicenceStatus.Active, (await _host.Get<LicenceRegistry>().GetAsync(licence.Id))!.Value.Status);

        await _host.AdvanceAsync(TimeSpan.FromDays(86));
        await _host.AdvanceAsync(TimeSpan.FromDays(13));
        var messages = await _host.Get<HolderNotifications>().ForAsync(_host.ApplicantOrganizationId);
        Assert.Contains(messages, m => m.Subject == "Licence expires in 14 days");
        Assert.Contains(messages, m => m.Subject == "Licence expires tomorrow");
        Assert.Equal(LicenceStatus.Active, (await _host.Get<LicenceRegistry>().GetAsync(licence.Id))!.Value.Status);

        await _host.AdvanceAsync(TimeSpan.FromDays(1));
        var expired = (await _host.Get<LicenceRegistry>().GetAsync(licence.Id))!.Value;
        Assert.Equal(LicenceStatus.Expired, expired.Status);
        Assert.Equal(Pilots.ValidFrom.AddDays(100), expired.StatusChanges[^1].At);
        Assert.Equal("expired", (await _host.Engine.GetAsync(CaseDefinitions.LifecycleInstanceId(licence.Id)))!.Value.State);
    }

    [Fact]
    public async Task Every_transition_goes_to_the_audit_log()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var @case = await _host.CaseAsync(application.Id);
        await DecideAsync(@case.Id, Regulator, Pilots.Approve());

        var events = await _host.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(Start.UtcDateTime), WorkflowAuditObserver.EventType);

        Assert.Contains(events, e => e.Actor == "rita" && e.Details["trigger"] == "approve" && e.Subject == application.Reference);
        Assert.Contains(events, e => e.Details["to"] == "issued" && e.Subject.StartsWith("SBX-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tier_2_needs_a_senior_countersign_by_someone_who_did_not_approve()
    {
        var application = await _host.SubmitAsync(Pilots.Tier2);
        var id = (await _host.CaseAsync(application.Id)).Id;
        var seniorRegulator = Person("sara", "authority", "Regulator", "SeniorRegulator");

        var approved = await DecideAsync(id, seniorRegulator, Pilots.Approve());
        Assert.Equal("countersign", approved.State);
        var self = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(id, seniorRegulator, "countersign"));
        Assert.Contains(self.Reasons, r => r.Contains("not already acted", StringComparison.Ordinal));
        await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(id, Regulator, "countersign"));

        Assert.Equal("licensed", (await ActAsync(id, Senior, "countersign")).State);
        var licence = Assert.Single(await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id));
        Assert.Equal(("sara", "sam"), (licence.Decision.DecidedById, licence.Decision.CountersignedById));
    }

    [Fact]
    public async Task Nobody_decides_their_own_organizations_case()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var id = (await _host.CaseAsync(application.Id)).Id;
        var ownRegulator = Person("otto", _host.ApplicantOrganizationId, "Regulator");

        // Not even visible to them: their organization's case is not theirs to read on the case side (no tipping-off).
        await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => _host.Cases.DecideAsync(ownRegulator, "Otto", id, Pilots.Approve(), "\"any\""));
        var refused = await Assert.ThrowsAsync<TriggerNotPermittedException>(() =>
            _host.Engine.FireAsync(id, new Sandbox.Workflows.Runtime.FireCommand("approve", WorkflowActors.From(ownRegulator, "Otto"))));

        Assert.Contains("not by the applicant's own organization", refused.Reasons);
        Assert.Empty(await _host.Get<WorkflowInbox>().ForAsync(WorkflowActors.From(ownRegulator, "Otto")));
    }

    [Fact]
    public async Task A_decision_is_validated_before_anything_is_stored()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var id = (await _host.CaseAsync(application.Id)).Id;
        var before = await ETagAsync(id);

        var noCodes = await Assert.ThrowsAsync<IntakeValidationException>(() => DecideAsync(id, Regulator, Pilots.Refuse()));
        var unknown = await Assert.ThrowsAsync<IntakeValidationException>(() => DecideAsync(id, Regulator, Pilots.Refuse("NOT-A-CODE")));
        var tooLong = await Assert.ThrowsAsync<IntakeValidationException>(() => DecideAsync(id, Regulator, Pilots.Approve(days: 400)));
        var viaAct = await Assert.ThrowsAsync<IntakeValidationException>(() => ActAsync(id, Regulator, "approve"));

        Assert.Contains(noCodes.Problems, p => p.Field == "refusalCodes");
        Assert.Contains(unknown.Problems, p => p.Field.StartsWith("refusalCodes", StringComparison.Ordinal));
        Assert.Contains(tooLong.Problems, p => p.Field == "validTo");
        Assert.Equal("trigger", Assert.Single(viaAct.Problems).Field);
        Assert.Equal(before, await ETagAsync(id));
    }

    [Fact]
    public async Task A_stale_etag_is_refused()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var id = (await _host.CaseAsync(application.Id)).Id;
        var stale = await ETagAsync(id);
        await ActAsync(id, Regulator, "request-information", "Describe the synthetic data generator.");

        await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => _host.Cases.DecideAsync(Regulator, "Rita", id, Pilots.Approve(), stale));
    }
}
