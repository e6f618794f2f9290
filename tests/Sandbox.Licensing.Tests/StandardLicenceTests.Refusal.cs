using Sandbox.Applications.Intake;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Notifications;
using Sandbox.Workflows.Runtime;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Licensing.Tests;

public sealed partial class StandardLicenceTests
{
    [Fact]
    public async Task A_refusal_with_coded_reasons_can_be_appealed_once_to_a_senior_who_did_not_refuse()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var id = (await _host.CaseAsync(application.Id)).Id;

        var refused = await DecideAsync(id, Regulator, Pilots.Refuse("SBX-VULNERABLE-GROUPS"));
        Assert.Equal("refused", refused.State);
        Assert.Contains(await _host.Get<HolderNotifications>().ForAsync(_host.ApplicantOrganizationId), n => n.Subject == "Application refused");

        var appealed = await ActAsync(id, _host.Applicant, "appeal", "The consent plan was attached to version 1.");
        Assert.Equal("appeal-review", appealed.State);
        var refuser = Person("rita", "authority", "Regulator", "SeniorRegulator");
        await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(id, refuser, "uphold", "Upheld."));

        Assert.Equal("refused-final", (await ActAsync(id, Senior, "uphold", "The refusal stands on its stated grounds.")).State);
        await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(id, _host.Applicant, "appeal", "Again."));
    }

    [Fact]
    public async Task An_overturned_refusal_goes_back_to_review_and_the_appeal_window_closes_after_30_days()
    {
        var first = await _host.SubmitAsync(Pilots.Tier1);
        var firstId = (await _host.CaseAsync(first.Id)).Id;
        await DecideAsync(firstId, Regulator, Pilots.Refuse("SBX-INCOMPLETE-INFORMATION"));
        await ActAsync(firstId, _host.Applicant, "appeal", "All information was provided.");
        Assert.Equal("review", (await ActAsync(firstId, Senior, "overturn", "The information was complete.")).State);
        await Assert.ThrowsAsync<TriggerNotPermittedException>(() => DecideAsync(firstId, Regulator, Pilots.Approve()));

        var second = await _host.SubmitAsync(Pilots.Tier1);
        var secondId = (await _host.CaseAsync(second.Id)).Id;
        await DecideAsync(secondId, Regulator, Pilots.Refuse("SBX-INCOMPLETE-INFORMATION"));
        await _host.AdvanceAsync(TimeSpan.FromDays(30));

        Assert.Equal("refused-final", (await _host.CaseAsync(second.Id)).State);
    }

    [Fact]
    public async Task Requesting_information_pauses_the_review_clock_until_the_applicant_resubmits()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var id = (await _host.CaseAsync(application.Id)).Id;
        var due = (await _host.CaseAsync(application.Id)).Clocks["review"].DueAt!.Value;
        await _host.AdvanceAsync(TimeSpan.FromDays(1));
        await ActAsync(id, Regulator, "request-information", "Describe the synthetic data generator.");
        Assert.Single(await _host.Get<Sandbox.Workflows.Tasks.WorkflowInbox>().ForAsync(WorkflowActors.From(_host.Applicant, "Ines")));

        await _host.AdvanceAsync(TimeSpan.FromDays(5));
        var applications = _host.Get<PilotApplications>();
        var current = await applications.GetAsync(_host.Applicant, application.Id);
        var amended = await applications.StartAmendmentAsync(_host.Applicant, application.Id, current.ETag);
        await applications.SubmitAsync(_host.Applicant, application.Id, amended.ETag);

        var resumed = await _host.CaseAsync(application.Id);
        Assert.Equal("review", resumed.State);
        Assert.Equal(2, resumed.Data["version"]!.GetValue<int>());
        Assert.Equal(due + TimeSpan.FromDays(5), resumed.Clocks["review"].DueAt);
    }

    [Fact]
    public async Task The_applicant_withdraws_an_open_case_but_not_a_decided_one()
    {
        var applications = _host.Get<PilotApplications>();
        var open = await _host.SubmitAsync(Pilots.Tier1);
        var current = await applications.GetAsync(_host.Applicant, open.Id);
        await applications.WithdrawAsync(_host.Applicant, open.Id, current.ETag, "The partner left the project.");
        Assert.Equal("withdrawn", (await _host.CaseAsync(open.Id)).State);

        var decided = await _host.SubmitAsync(Pilots.Tier1);
        await DecideAsync((await _host.CaseAsync(decided.Id)).Id, Regulator, Pilots.Approve());
        var licensed = await applications.GetAsync(_host.Applicant, decided.Id);

        await Assert.ThrowsAsync<CaseStateException>(() => applications.WithdrawAsync(_host.Applicant, decided.Id, licensed.ETag, "Too late."));
        await Assert.ThrowsAsync<CaseStateException>(() => applications.StartAmendmentAsync(_host.Applicant, decided.Id, licensed.ETag));
    }
}
