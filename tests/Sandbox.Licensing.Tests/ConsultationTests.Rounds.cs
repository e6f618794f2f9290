using Sandbox.Applications.Intake;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Organizations;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Runtime;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Licensing.Tests;

/// <summary>Consultation rounds across versions, and consultations nobody here can answer (review findings of #5).</summary>
public sealed partial class ConsultationTests
{
    [Fact]
    public async Task A_new_version_is_consulted_afresh_and_the_case_does_not_stick_in_consultation()
    {
        var application = await _host.SubmitAsync(Pilots.Tier3);
        var caseId = (await _host.CaseAsync(application.Id)).Id;
        await ActAsync(Tier3ConsultationId(caseId), AllyReviewer, "no-objection", "Nothing comparable on our side.");
        await ActAsync(caseId, Regulator, "request-information", "Describe the replay rig.");

        var applications = _host.Get<PilotApplications>();
        var current = await applications.GetAsync(_host.Applicant, application.Id);
        var amended = await applications.StartAmendmentAsync(_host.Applicant, application.Id, current.ETag);
        await applications.SubmitAsync(_host.Applicant, application.Id, amended.ETag);

        var secondRound = CaseDefinitions.ConsultationInstanceId(caseId, "tier3-" + _ally.Id, 2);
        Assert.Equal("consultation", (await InstanceAsync(caseId)).State);
        Assert.Equal("awaiting-ally", (await InstanceAsync(secondRound)).State);
        await ActAsync(secondRound, AllyReviewer, "no-objection", "Still nothing comparable.");

        Assert.Equal("review", (await InstanceAsync(caseId)).State);
    }

    [Fact]
    public async Task A_denial_by_an_authority_with_no_organization_here_is_consulted_by_nobody_else_and_times_out()
    {
        var denial = await _host.Get<Sandbox.Applications.Screening.AlliedDenialRegistry>().RegisterAsync(
            new Sandbox.Domain.Screening.AlliedDenialRegistration("DE", "DE-2026-0007", DeniedEndUser, null, "NL", "4D004", "Intrusion tooling for a research institute", new DateOnly(2026, 6, 1)),
            "regulator-1");
        var application = await _host.SubmitAsync(IntrusionTier2);
        await ClearHitsAsync(application);
        var @case = await _host.CaseAsync(application.Id);
        var consultationId = CaseDefinitions.ConsultationInstanceId(@case.Id, "denial-" + denial.Value.Id, 1);

        Assert.Equal("consultation", @case.State);
        Assert.Empty(await InboxAsync(AllyReviewer));
        Assert.Empty(await InboxAsync(OtherAuthorityReviewer));
        await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => _host.Cases.VisibleAsync(AllyReviewer, consultationId));

        await _host.AdvanceAsync(TimeSpan.FromDays(10));
        Assert.Equal(("timed-out", "review"), ((await InstanceAsync(consultationId)).State, (await _host.CaseAsync(application.Id)).State));
    }

    [Fact]
    public async Task A_consultation_of_an_authority_without_an_organization_here_is_shown_to_no_other_authority()
    {
        var application = await _host.SubmitAsync(Pilots.Tier3);
        var caseId = (await _host.CaseAsync(application.Id)).Id;
        var stranger = await _host.Get<OrganizationDirectory>().RegisterAsync("Other Authority", OrganizationType.AlliedAuthority, CountryCode.Parse("IT"), "admin");
        var strangerReviewer = Person("paolo", stranger.Id, "AlliedReviewer");

        Assert.Empty(await InboxAsync(OtherAuthorityReviewer));
        await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => _host.Cases.VisibleAsync(OtherAuthorityReviewer, Tier3ConsultationId(caseId)));
        await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => _host.Cases.VisibleAsync(strangerReviewer, Tier3ConsultationId(caseId)));
    }
}
