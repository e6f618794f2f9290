using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Screening;
using Sandbox.Identity.Organizations;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Testing.Applications;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;
using Sandbox.Workflows.Tasks;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Licensing.Tests;

/// <summary>The verified-partner fast track: one regulator, half the tier's review days, and hand-over for anything else.</summary>
public sealed class FastTrackTests : IAsyncLifetime
{
    private LicensingTestHost _host = null!;

    public async Task InitializeAsync() => _host = await LicensingTestHost.StartAsync(partner: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static ApplicationContent ByTier(int tier) => tier switch
    {
        1 => Pilots.Tier1,
        2 => Pilots.Tier2,
        _ => Pilots.Tier3,
    };

    private async Task<string> ETagAsync(string instanceId) => (await _host.Engine.GetAsync(instanceId))!.ETag;

    private async Task<WorkflowInstance> InstanceAsync(string instanceId) => (await _host.Engine.GetAsync(instanceId))!.Value;

    private async Task<WorkflowInstance> DecideAsync(string instanceId, CaseActor actor, LicenceDecision decision) =>
        (await _host.Cases.DecideAsync(actor, actor.UserId, instanceId, decision, await ETagAsync(instanceId))).Value;

    private async Task<WorkflowInstance> ActAsync(string instanceId, CaseActor actor, string trigger, string? reason = null) =>
        (await _host.Cases.ActAsync(actor, actor.UserId, instanceId, trigger, reason, await ETagAsync(instanceId))).Value;

    private async Task<IReadOnlyList<WorkflowTask>> InboxAsync(CaseActor actor, string? queue = null) =>
        await _host.Get<WorkflowInbox>().ForAsync(WorkflowActors.From(actor, actor.UserId), queue);

    private static string FastTrackId(string applicationId) => CaseDefinitions.CaseInstanceId(CaseDefinitions.PartnerFastTrack, applicationId);

    private static string StandardId(string applicationId) => CaseDefinitions.CaseInstanceId(CaseDefinitions.Standard, applicationId);

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    public async Task A_verified_partner_is_approved_by_one_regulator_without_a_countersign_within_half_the_tiers_review_days(int tier, int days)
    {
        var application = await _host.SubmitAsync(ByTier(tier));
        var @case = await _host.CaseAsync(application.Id);
        Assert.Equal((CaseDefinitions.PartnerFastTrack, "fast-review", tier), (@case.DefinitionId, @case.State, application.Tier ?? 0));
        Assert.Equal(days * 2, @case.Data[CaseData.ReviewDays]!.GetValue<int>());
        Assert.Equal((TimeSpan.FromDays(days), Start.AddDays(days)), (@case.Clocks["review"].Budget, @case.Clocks["review"].DueAt));
        var task = Assert.Single(await InboxAsync(Regulator));
        Assert.Equal(("fast-track", Start.AddDays(days)), (task.Queue, task.DueAt));
        var ownRegulator = Person("otto", _host.ApplicantOrganizationId, "Regulator");
        await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => DecideAsync(@case.Id, ownRegulator, Pilots.Approve()));

        Assert.Equal("licensed", (await DecideAsync(@case.Id, Regulator, Pilots.Approve())).State);

        var licence = Assert.Single(await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id));
        Assert.Equal((LicenceKind.Full, "rita", null), (licence.Kind, licence.Decision.DecidedById, licence.Decision.CountersignedById));
        Assert.Empty(await InboxAsync(Senior));
    }

    [Fact]
    public async Task A_tier_3_partner_case_is_handed_to_the_standard_review()
    {
        var application = await _host.SubmitAsync(Pilots.Tier3);

        var fastTrack = await InstanceAsync(FastTrackId(application.Id));
        Assert.Equal(("handover", "standard", true), (fastTrack.State, fastTrack.Data[CaseData.FastTrackRoute]!.GetValue<string>(), fastTrack.Completed));
        var current = await _host.CaseAsync(application.Id);
        Assert.Equal((StandardId(application.Id), "review", 3), (current.Id, current.State, current.Data[CaseData.Tier]!.GetValue<int>()));
        Assert.Equal("second-review", (await DecideAsync(current.Id, Regulator, Pilots.Approve())).State);
    }

    [Fact]
    public async Task A_fast_track_review_past_its_deadline_escalates_to_a_senior_regulator_and_can_still_be_approved()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var id = FastTrackId(application.Id);

        await _host.AdvanceAsync(TimeSpan.FromDays(5) - TimeSpan.FromMinutes(1));
        Assert.Equal("fast-review", (await InstanceAsync(id)).State);
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal("fast-review-overdue", (await InstanceAsync(id)).State);
        Assert.Equal(id, Assert.Single(await InboxAsync(Senior, "escalations")).InstanceId);
        Assert.Equal("licensed", (await DecideAsync(id, Regulator, Pilots.Approve())).State);
        Assert.Empty(await InboxAsync(Senior, "escalations"));
    }

    [Fact]
    public async Task Requesting_information_pauses_the_fast_track_clock_and_the_case_returns_to_review_after_30_days_without_an_answer()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var id = FastTrackId(application.Id);
        await _host.AdvanceAsync(TimeSpan.FromDays(1));

        var missing = await Assert.ThrowsAsync<WorkflowInputException>(() => ActAsync(id, Regulator, "request-information"));
        var waiting = await ActAsync(id, Regulator, "request-information", "Describe the synthetic data generator.");

        Assert.Equal("reason", missing.Field);
        Assert.Equal("awaiting-applicant", waiting.State);
        Assert.Equal((true, null), (waiting.Clocks["review"].Paused, waiting.Clocks["review"].DueAt));
        Assert.Equal("information", Assert.Single(await InboxAsync(_host.Applicant)).Queue);
        await _host.AdvanceAsync(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.Equal("awaiting-applicant", (await InstanceAsync(id)).State);
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        var resumed = await InstanceAsync(id);
        Assert.Equal("fast-review", resumed.State);
        Assert.Equal(Start.AddDays(5 + 30), resumed.Clocks["review"].DueAt);
        Assert.Empty(await InboxAsync(_host.Applicant));
    }

    [Fact]
    public async Task A_resubmission_while_information_is_requested_is_screened_again_and_returns_to_the_fast_track()
    {
        var applications = _host.Get<PilotApplications>();
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var id = FastTrackId(application.Id);
        await ActAsync(id, Regulator, "request-information", "Describe the synthetic data generator.");

        var current = await applications.GetAsync(_host.Applicant, application.Id);
        var amended = await applications.StartAmendmentAsync(_host.Applicant, application.Id, current.ETag);
        await applications.SubmitAsync(_host.Applicant, application.Id, amended.ETag);

        var resumed = await InstanceAsync(id);
        Assert.Equal(("fast-review", 2), (resumed.State, resumed.Data[CaseData.Version]!.GetValue<int>()));
        Assert.Equal("licensed", (await DecideAsync(id, Regulator, Pilots.Approve())).State);
    }

    [Fact]
    public async Task Refer_to_standard_needs_a_reason_and_hands_the_case_to_the_standard_review()
    {
        var application = await _host.SubmitAsync(Pilots.Tier1);
        var id = FastTrackId(application.Id);

        await Assert.ThrowsAsync<WorkflowInputException>(() => ActAsync(id, Regulator, "refer-to-standard"));
        Assert.Equal("handover", (await ActAsync(id, Regulator, "refer-to-standard", "The partner's data sharing needs the full review.")).State);

        var current = await _host.CaseAsync(application.Id);
        Assert.Equal((StandardId(application.Id), "review"), (current.Id, current.State));
        Assert.Equal(Start.AddDays(10), current.Clocks["review"].DueAt);
    }

    [Fact]
    public async Task The_applicant_withdraws_a_fast_track_case()
    {
        var applications = _host.Get<PilotApplications>();
        var application = await _host.SubmitAsync(Pilots.Tier2);
        var current = await applications.GetAsync(_host.Applicant, application.Id);

        await applications.WithdrawAsync(_host.Applicant, application.Id, current.ETag, "The partner left the project.");

        Assert.Equal("withdrawn", (await InstanceAsync(FastTrackId(application.Id))).State);
        Assert.Empty(await InboxAsync(Regulator));
    }

    [Fact]
    public async Task A_partner_case_with_an_allied_denial_to_consult_is_screened_then_handed_to_the_standard_review()
    {
        const string endUser = "Delft Signal Research Institute";
        var ally = await _host.Get<OrganizationDirectory>().RegisterAsync("Agence nationale de la sécurité des systèmes d'information", OrganizationType.AlliedAuthority, CountryCode.Parse("FR"), "admin");
        await _host.Get<AlliedDenialRegistry>().RegisterAsync(
            new AlliedDenialRegistration("FR", "FR-2026-0042", endUser, null, "NL", "4D004", "Intrusion tooling for a research institute", new DateOnly(2026, 6, 1)), "admin-1");
        var intrusion = SampleApplications.IntrusionResearch(Pilots.StartOn);
        var application = await _host.SubmitAsync(intrusion with
        {
            TechnologyItems = [intrusion.TechnologyItems[0] with { Capabilities = [Capability.SensorFusion] }],
            Parties = [new Party { Role = PartyRole.EndUser, Name = endUser, Sector = PartySector.AcademicResearch, Country = "NL" }],
        });
        var id = FastTrackId(application.Id);
        Assert.Equal("screening-review", (await InstanceAsync(id)).State);
        Assert.Equal("screening", Assert.Single(await InboxAsync(Regulator)).Queue);
        var adjudication = _host.Get<CaseAdjudication>();
        var screening = await adjudication.ScreeningAsync(Regulator, application.Id);
        var hit = Assert.Single(screening.Parties.Single(p => p.PartyIndex == 0).Hits);

        await adjudication.AdjudicateAsync(Regulator, application.Id, new HitAdjudication(screening.Version, 0, hit.ListId, hit.EntryId, hit.EntryHash, AdjudicationOutcome.FalsePositive, "A different institute."));

        var fastTrack = await InstanceAsync(id);
        Assert.Equal(("handover", "standard", true), (fastTrack.State, fastTrack.Data[CaseData.FastTrackRoute]!.GetValue<string>(), fastTrack.Data[CaseData.ConsultationRequired]!.GetValue<bool>()));
        var current = await _host.CaseAsync(application.Id);
        Assert.Equal((StandardId(application.Id), "consultation"), (current.Id, current.State));
        Assert.Equal(ally.Id, Assert.Single(current.Data[CaseData.ConsultationTargets]!.AsArray())!["organizationId"]!.GetValue<string>());
    }
}
