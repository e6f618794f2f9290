using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Access;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Licensing.Notifications;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;
using Sandbox.Workflows.Tasks;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Licensing.Tests;

/// <summary>
/// The licence lifecycle definition through <see cref="LicenceActions"/>: a Tier 1 lab-only licence of 100 days
/// (sunset rule: 365 days at first, one extension of up to 365 more) and its timers on the fake clock.
/// </summary>
public sealed class LicenceLifecycleTests : IAsyncLifetime
{
    private const string Breach = "Telemetry from the environment stopped on 3 January.";

    private LicensingTestHost _host = null!;

    public async Task InitializeAsync() => _host = await LicensingTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private LicenceActions Actions => _host.Get<LicenceActions>();

    private async Task<string> ETagAsync(PilotLicence licence) => (await _host.Engine.GetAsync(CaseDefinitions.LifecycleInstanceId(licence.Id)))!.ETag;

    private async Task<WorkflowInstance> LifecycleAsync(PilotLicence licence) => (await _host.Engine.GetAsync(CaseDefinitions.LifecycleInstanceId(licence.Id)))!.Value;

    private async Task<PilotLicence> ReadAsync(PilotLicence licence) => (await _host.Get<LicenceRegistry>().GetAsync(licence.Id))!.Value;

    private async Task<WorkflowInstance> ActAsync(PilotLicence licence, CaseActor actor, string trigger, string? reason = null, DateTimeOffset? requestedValidTo = null) =>
        (await Actions.ActAsync(actor, actor.UserId, licence.Id, trigger, reason, requestedValidTo, await ETagAsync(licence))).Value;

    private async Task<IReadOnlyList<HolderNotification>> MessagesAsync() => await _host.Get<HolderNotifications>().ForAsync(_host.ApplicantOrganizationId);

    private async Task<int> CountAsync(string subject) => (await MessagesAsync()).Count(m => m.Subject == subject);

    private async Task<IReadOnlyList<WorkflowTask>> InboxAsync(CaseActor actor, string queue) =>
        await _host.Get<WorkflowInbox>().ForAsync(WorkflowActors.From(actor, actor.UserId), queue);

    private async Task AdvanceToAsync(DateTimeOffset at) => await _host.AdvanceAsync(at - _host.Time.GetUtcNow());

    /// <summary>A Tier 1 licence valid from <see cref="Pilots.ValidFrom"/> for 100 days, activated unless told otherwise.</summary>
    private async Task<PilotLicence> IssueAsync(bool activate = true)
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var @case = await _host.CaseAsync(application.Id);
        await _host.Cases.DecideAsync(Regulator, "Rita", @case.Id, Pilots.Approve(days: 100), (await _host.Engine.GetAsync(@case.Id))!.ETag);
        var licence = Assert.Single(await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id));
        if (activate)
        {
            await AdvanceToAsync(licence.ValidFrom);
            licence = await ReadAsync(licence);
            Assert.Equal(LicenceStatus.Active, licence.Status);
        }

        return licence;
    }

    [Fact]
    public async Task A_licence_becomes_active_on_its_start_date_reminds_its_holder_14_days_and_1_day_before_its_end_and_expires_on_time()
    {
        var licence = await IssueAsync(activate: false);
        var minute = TimeSpan.FromMinutes(1);
        Assert.Equal(("issued", LicenceStatus.Issued), ((await LifecycleAsync(licence)).State, licence.Status));
        Assert.Equal(1, await CountAsync("Licence issued"));

        await AdvanceToAsync(licence.ValidFrom - minute);
        Assert.Equal(LicenceStatus.Issued, (await ReadAsync(licence)).Status);
        await AdvanceToAsync(licence.ValidFrom);
        Assert.Equal(("active", LicenceStatus.Active), ((await LifecycleAsync(licence)).State, (await ReadAsync(licence)).Status));

        await AdvanceToAsync(licence.ValidTo.AddDays(-14) - minute);
        Assert.Equal(0, await CountAsync("Licence expires in 14 days"));
        await AdvanceToAsync(licence.ValidTo.AddDays(-14));
        Assert.Equal(1, await CountAsync("Licence expires in 14 days"));
        await AdvanceToAsync(licence.ValidTo.AddDays(-1) - minute);
        Assert.Equal(0, await CountAsync("Licence expires tomorrow"));
        await AdvanceToAsync(licence.ValidTo.AddDays(-1));
        Assert.Equal(1, await CountAsync("Licence expires tomorrow"));

        await AdvanceToAsync(licence.ValidTo - minute);
        Assert.Equal(LicenceStatus.Active, (await ReadAsync(licence)).Status);
        await AdvanceToAsync(licence.ValidTo);
        var expired = await ReadAsync(licence);
        Assert.Equal((LicenceStatus.Expired, licence.ValidTo), (expired.Status, expired.StatusChanges[^1].At));
        Assert.Equal(("expired", true), ((await LifecycleAsync(licence)).State, (await LifecycleAsync(licence)).Completed));
        Assert.Equal((1, 1, 1), (await CountAsync("Licence expires in 14 days"), await CountAsync("Licence expires tomorrow"), await CountAsync("Licence expired")));
    }

    [Fact]
    public async Task Suspension_needs_a_reason_and_suspends_the_licence_document_at_once_until_a_regulator_reinstates_it()
    {
        var licence = await IssueAsync();
        var ownRegulator = Person("otto", _host.ApplicantOrganizationId, SandboxRoles.Regulator);

        var noReason = await Assert.ThrowsAsync<IntakeValidationException>(() => ActAsync(licence, Regulator, "suspend"));
        var holder = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(licence, _host.Applicant, "suspend", Breach));
        var own = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(licence, ownRegulator, "suspend", Breach));
        Assert.Equal("reason", Assert.Single(noReason.Problems).Field);
        Assert.Contains("needs the role Regulator or SeniorRegulator", holder.Reasons);
        Assert.Contains("not by the applicant's own organization", own.Reasons);
        Assert.Equal(LicenceStatus.Active, (await ReadAsync(licence)).Status);

        Assert.Equal("suspended", (await ActAsync(licence, Regulator, "suspend", Breach)).State);

        var suspended = await ReadAsync(licence);
        Assert.Equal(LicenceStatus.Suspended, suspended.Status);
        Assert.Equal((LicenceStatus.Suspended, Breach, "rita"), (suspended.StatusChanges[^1].Status, suspended.StatusChanges[^1].Reason, suspended.StatusChanges[^1].ActorId));
        Assert.False(suspended.IsInForceAt(_host.Time.GetUtcNow()));
        Assert.Contains(await MessagesAsync(), m => m.Subject == "Licence suspended" && m.Message.Contains(Breach, StringComparison.Ordinal));
        Assert.Single(await InboxAsync(Regulator, "suspensions"));

        await Assert.ThrowsAsync<IntakeValidationException>(() => ActAsync(licence, Regulator, "reinstate"));
        Assert.Equal("active", (await ActAsync(licence, Senior, "reinstate", "Telemetry restored and verified.")).State);
        Assert.Equal(LicenceStatus.Active, (await ReadAsync(licence)).Status);
        Assert.Empty(await InboxAsync(Regulator, "suspensions"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_regulator_revokes_an_active_or_a_suspended_licence_and_nothing_follows(bool suspendFirst)
    {
        var licence = await IssueAsync();
        if (suspendFirst)
        {
            await ActAsync(licence, Regulator, "suspend", Breach);
        }

        await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(licence, _host.Applicant, "revoke", "We revoke it ourselves."));
        var revoked = await ActAsync(licence, Senior, "revoke", "The breach was not remedied.");

        Assert.Equal(("revoked", true), (revoked.State, revoked.Completed));
        Assert.Equal(LicenceStatus.Revoked, (await ReadAsync(licence)).Status);
        Assert.Equal(1, await CountAsync("Licence revoked"));
        var ended = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(licence, Regulator, "reinstate", "Reinstated."));
        Assert.Contains("the workflow has ended", ended.Reasons);
        await AdvanceToAsync(licence.ValidTo);
        Assert.Equal(LicenceStatus.Revoked, (await ReadAsync(licence)).Status);
    }

    [Fact]
    public async Task Only_the_holder_surrenders_a_licence()
    {
        var licence = await IssueAsync();
        var otherApplicant = Person("olga", "another-organization", SandboxRoles.Applicant);

        var regulator = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(licence, Regulator, "surrender", "Surrendered for the holder."));
        var etag = await ETagAsync(licence);
        await Assert.ThrowsAsync<CaseNotFoundException>(() => Actions.ActAsync(otherApplicant, "Olga", licence.Id, "surrender", "Not ours.", null, etag));
        await Assert.ThrowsAsync<IntakeValidationException>(() => ActAsync(licence, _host.Applicant, "surrender"));
        Assert.Contains("needs the role Applicant", regulator.Reasons);
        Assert.Equal(LicenceStatus.Active, (await ReadAsync(licence)).Status);

        var surrendered = await ActAsync(licence, _host.Applicant, "surrender", "The pilot ended early.");

        Assert.Equal(("surrendered", true), (surrendered.State, surrendered.Completed));
        var stored = await ReadAsync(licence);
        Assert.Equal((LicenceStatus.Surrendered, "ines"), (stored.Status, stored.StatusChanges[^1].ActorId));
    }

    [Fact]
    public async Task A_suspended_licence_still_expires_at_its_end()
    {
        var licence = await IssueAsync();
        await ActAsync(licence, Regulator, "suspend", Breach);

        await AdvanceToAsync(licence.ValidTo);

        var expired = await ReadAsync(licence);
        Assert.Equal((LicenceStatus.Expired, licence.ValidTo), (expired.Status, expired.StatusChanges[^1].At));
        Assert.Equal("expired", (await LifecycleAsync(licence)).State);
        Assert.Empty(await InboxAsync(Regulator, "suspensions"));
    }

    [Fact]
    public async Task A_reminder_due_while_the_licence_is_suspended_is_not_sent_and_not_sent_late_after_reinstatement()
    {
        var licence = await IssueAsync();
        await AdvanceToAsync(licence.ValidTo.AddDays(-20));
        await ActAsync(licence, Regulator, "suspend", Breach);

        await AdvanceToAsync(licence.ValidTo.AddDays(-10));
        Assert.Equal(0, await CountAsync("Licence expires in 14 days"));
        await ActAsync(licence, Regulator, "reinstate", "Telemetry restored and verified.");
        await AdvanceToAsync(licence.ValidTo.AddDays(-1));

        Assert.Equal((0, 1), (await CountAsync("Licence expires in 14 days"), await CountAsync("Licence expires tomorrow")));
    }

    [Fact]
    public async Task An_extension_request_is_checked_against_the_sunset_rule_before_anything_is_stored()
    {
        var issued = await IssueAsync(activate: false);
        var notActive = await Assert.ThrowsAsync<IntakeValidationException>(() => ActAsync(issued, _host.Applicant, LicenceActions.RequestExtension, "More time.", issued.ValidTo.AddDays(30)));
        Assert.Contains(notActive.Problems, p => p.Field == "status");
        await AdvanceToAsync(issued.ValidFrom);
        var licence = await ReadAsync(issued);
        var before = await ETagAsync(licence);
        Assert.Equal(licence.ValidFrom.AddDays(SunsetRule.ContainedDays * 2), licence.SunsetAt);

        var noDate = await Assert.ThrowsAsync<IntakeValidationException>(() => ActAsync(licence, _host.Applicant, LicenceActions.RequestExtension, "More time."));
        var tooLong = await Assert.ThrowsAsync<IntakeValidationException>(() => ActAsync(licence, _host.Applicant, LicenceActions.RequestExtension, "More time.", licence.ValidTo.AddDays(SunsetRule.ContainedDays + 1)));
        var pastSunset = await Assert.ThrowsAsync<IntakeValidationException>(() => ActAsync(licence, _host.Applicant, LicenceActions.RequestExtension, "More time.", licence.SunsetAt.AddDays(1)));
        var notLater = await Assert.ThrowsAsync<IntakeValidationException>(() => ActAsync(licence, _host.Applicant, LicenceActions.RequestExtension, "More time.", licence.ValidTo));
        var dateElsewhere = await Assert.ThrowsAsync<IntakeValidationException>(() => ActAsync(licence, Regulator, "suspend", Breach, licence.ValidTo.AddDays(30)));
        var byRegulator = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(licence, Regulator, LicenceActions.RequestExtension, "More time.", licence.ValidTo.AddDays(30)));

        Assert.Equal("requestedValidTo", Assert.Single(noDate.Problems).Field);
        Assert.Contains(tooLong.Problems, p => p.Field == "validTo" && p.Message.Contains("at most 365 days", StringComparison.Ordinal));
        Assert.Contains(pastSunset.Problems, p => p.Field == "validTo");
        Assert.Contains(notLater.Problems, p => p.Field == "validTo" && p.Message.Contains("ends later", StringComparison.Ordinal));
        Assert.Equal("requestedValidTo", Assert.Single(dateElsewhere.Problems).Field);
        Assert.Contains("needs the role Applicant", byRegulator.Reasons);
        Assert.Equal(before, await ETagAsync(licence));
    }

    [Fact]
    public async Task An_extension_is_reassessed_and_once_granted_moves_the_end_date_and_reschedules_the_expiry_and_the_reminders()
    {
        var licence = await IssueAsync();
        var newEnd = licence.ValidTo.AddDays(60);

        var requested = await ActAsync(licence, _host.Applicant, LicenceActions.RequestExtension, "The evaluation needs two more months.", newEnd);

        Assert.Equal("extension-review", requested.State);
        var assessment = requested.Data[CaseData.ExtensionAssessment]!;
        Assert.Equal((1, "Clear"), (assessment["tier"]!.GetValue<int>(), assessment["screening"]!.GetValue<string>()));
        Assert.True(assessment["rulesVersion"]!.GetValue<int>() >= 1);
        Assert.Equal(newEnd, DateTimeOffset.Parse(requested.Data[CaseData.RequestedValidTo]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(await InboxAsync(Regulator, "extensions"));
        await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(licence, _host.Applicant, LicenceActions.Extend));

        Assert.Equal("active", (await ActAsync(licence, Regulator, LicenceActions.Extend)).State);

        var extended = await ReadAsync(licence);
        Assert.Equal((newEnd, 1, LicenceStatus.Active), (extended.ValidTo, extended.ExtensionCount, extended.Status));
        Assert.Equal(1, await CountAsync("Extension granted"));
        Assert.Empty(await InboxAsync(Regulator, "extensions"));
        await AdvanceToAsync(licence.ValidTo.AddMinutes(1));
        Assert.Equal(LicenceStatus.Active, (await ReadAsync(licence)).Status);
        Assert.Equal("active", (await LifecycleAsync(licence)).State);
        Assert.Equal((0, 0), (await CountAsync("Licence expires in 14 days"), await CountAsync("Licence expires tomorrow")));
        await AdvanceToAsync(newEnd.AddMinutes(-1));
        Assert.Equal((1, 1), (await CountAsync("Licence expires in 14 days"), await CountAsync("Licence expires tomorrow")));
        Assert.Equal(LicenceStatus.Active, (await ReadAsync(licence)).Status);
        await AdvanceToAsync(newEnd);
        var expired = await ReadAsync(licence);
        Assert.Equal((LicenceStatus.Expired, newEnd), (expired.Status, expired.StatusChanges[^1].At));
    }

    [Fact]
    public async Task A_licence_is_extended_only_once()
    {
        var licence = await IssueAsync();
        await ActAsync(licence, _host.Applicant, LicenceActions.RequestExtension, "The evaluation needs two more months.", licence.ValidTo.AddDays(60));
        await ActAsync(licence, Regulator, LicenceActions.Extend);

        var again = await Assert.ThrowsAsync<TriggerNotPermittedException>(() =>
            ActAsync(licence, _host.Applicant, LicenceActions.RequestExtension, "And one more month.", licence.ValidTo.AddDays(90)));

        Assert.Contains("extend at most 1 time", again.Reasons);
        Assert.Equal("active", (await LifecycleAsync(licence)).State);
    }

    [Fact]
    public async Task A_refused_extension_needs_a_reason_and_leaves_the_end_date_and_the_expiry_as_they_were()
    {
        var licence = await IssueAsync();
        await ActAsync(licence, _host.Applicant, LicenceActions.RequestExtension, "The evaluation needs two more months.", licence.ValidTo.AddDays(60));

        await Assert.ThrowsAsync<IntakeValidationException>(() => ActAsync(licence, Regulator, "refuse-extension"));
        Assert.Equal("active", (await ActAsync(licence, Regulator, "refuse-extension", "The exit report is overdue.")).State);

        var stored = await ReadAsync(licence);
        Assert.Equal((licence.ValidTo, 0), (stored.ValidTo, stored.ExtensionCount));
        Assert.Contains(await MessagesAsync(), m => m.Subject == "Extension refused" && m.Message.Contains("The exit report is overdue.", StringComparison.Ordinal));
        Assert.Empty(await InboxAsync(Regulator, "extensions"));
        await AdvanceToAsync(licence.ValidTo);
        Assert.Equal(LicenceStatus.Expired, (await ReadAsync(licence)).Status);
    }

    [Fact]
    public async Task A_stale_etag_is_refused()
    {
        var licence = await IssueAsync();
        var stale = await ETagAsync(licence);
        await ActAsync(licence, Regulator, "suspend", Breach);

        await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => Actions.ActAsync(Regulator, "Rita", licence.Id, "reinstate", "Telemetry restored.", null, stale));

        Assert.Equal(LicenceStatus.Suspended, (await ReadAsync(licence)).Status);
    }
}
