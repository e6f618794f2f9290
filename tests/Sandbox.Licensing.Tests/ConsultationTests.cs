using Microsoft.Extensions.Options;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Access;
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

/// <summary>
/// The allied-consultation definition as the standard review uses it: Tier 3 joint review with every allied authority,
/// and "no undercut" (an allied denial of an essentially identical transaction is consulted before any approval).
/// </summary>
public sealed partial class ConsultationTests : IAsyncLifetime
{
    /// <summary>The end user an ally denied: nobody else in the samples resembles the name.</summary>
    private const string DeniedEndUser = "Delft Signal Research Institute";

    private LicensingTestHost _host = null!;
    private Organization _ally = null!;

    private CaseActor AllyReviewer => Person("amelie", _ally.Id, SandboxRoles.AlliedReviewer);

    private static CaseActor OtherAuthorityReviewer { get; } = Person("dieter", "another-authority", SandboxRoles.AlliedReviewer);

    public async Task InitializeAsync()
    {
        _host = await LicensingTestHost.StartAsync();
        _ally = await _host.Get<OrganizationDirectory>().RegisterAsync("Agence nationale de la sécurité des systèmes d'information", OrganizationType.AlliedAuthority, CountryCode.Parse("FR"), "admin");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static ApplicationContent Intrusion { get; } = SampleApplications.IntrusionResearch(Pilots.StartOn);

    /// <summary>
    /// Intrusion tooling (SBX-INT-SW, which cross-references 4D004) for a Dutch research end user: Tier 2, with or
    /// without the 15 points of an unresolved screening hit.
    /// </summary>
    private static ApplicationContent IntrusionTier2 { get; } = Intrusion with
    {
        TechnologyItems = [Intrusion.TechnologyItems[0] with { Capabilities = [Capability.SensorFusion] }],
        Parties = [new Party { Role = PartyRole.EndUser, Name = DeniedEndUser, Sector = PartySector.AcademicResearch, Country = "NL" }],
    };

    /// <summary>Law-enforcement monitoring software (SBX-LE-MONITOR, which cross-references 5D001.e) with five credited safeguards: Tier 1.</summary>
    private static ApplicationContent MonitoringTier1 { get; } = IntrusionTier2 with
    {
        TechnologyItems = [IntrusionTier2.TechnologyItems[0] with { ClassificationCode = "SBX-LE-MONITOR", Capabilities = [Capability.SensorFusion] }],
        Safeguards = new ProposedSafeguards { Measures = [Safeguard.Encryption, Safeguard.AccessLogging, Safeguard.Telemetry, Safeguard.TamperEvidentHardware, Safeguard.HumanOversight] },
    };

    private async Task<Sandbox.Storage.Documents.Versioned<WorkflowInstance>> StoredAsync(string instanceId)
    {
        var stored = await _host.Engine.GetAsync(instanceId);
        Assert.True(stored is not null, $"No workflow instance '{instanceId}' was started.");
        return stored;
    }

    private async Task<string> ETagAsync(string instanceId) => (await StoredAsync(instanceId)).ETag;

    private async Task<WorkflowInstance> InstanceAsync(string instanceId) => (await StoredAsync(instanceId)).Value;

    private async Task<WorkflowInstance> DecideAsync(string instanceId, CaseActor actor, LicenceDecision decision) =>
        (await _host.Cases.DecideAsync(actor, actor.UserId, instanceId, decision, await ETagAsync(instanceId))).Value;

    private async Task<WorkflowInstance> ActAsync(string instanceId, CaseActor actor, string trigger, string? reason = null) =>
        (await _host.Cases.ActAsync(actor, actor.UserId, instanceId, trigger, reason, await ETagAsync(instanceId))).Value;

    private async Task<IReadOnlyList<WorkflowTask>> InboxAsync(CaseActor actor) =>
        await _host.Get<WorkflowInbox>().ForAsync(WorkflowActors.From(actor, actor.UserId));

    private string Tier3ConsultationId(string caseId) => CaseDefinitions.ConsultationInstanceId(caseId, "tier3-" + _ally.Id, 1);

    private async Task<AlliedDenial> DenyAsync(string code, string partyCountry = "NL", string reference = "FR-2026-0042") =>
        (await _host.Get<AlliedDenialRegistry>().RegisterAsync(
            new AlliedDenialRegistration("FR", reference, DeniedEndUser, null, partyCountry, code, "Intrusion tooling for a research institute", new DateOnly(2026, 6, 1)),
            "admin-1")).Value;

    /// <summary>A regulator clears every screening hit of the case as a false positive; the case screens again.</summary>
    private async Task ClearHitsAsync(PilotApplication application)
    {
        var adjudication = _host.Get<CaseAdjudication>();
        var screening = await adjudication.ScreeningAsync(Regulator, application.Id);
        foreach (var party in screening.Parties)
        {
            foreach (var hit in party.Hits)
            {
                await adjudication.AdjudicateAsync(Regulator, application.Id, new HitAdjudication(
                    screening.Version, party.PartyIndex, hit.ListId, hit.EntryId, hit.EntryHash, AdjudicationOutcome.FalsePositive, "A different institute with a similar name."));
            }
        }
    }

    /// <summary>A false positive remembered for the denied end user, as an earlier case would leave it: new cases screen Clear but still record the hit.</summary>
    private async Task RememberFalsePositiveAsync()
    {
        var result = await _host.Get<ScreeningService>().ScreenAsync(DeniedEndUser, "NL");
        var hit = Assert.Single(result.Hits, h => h.ListId == ScreeningLists.AlliedDenials);
        await _host.Get<ScreeningAdjudications>().AdjudicateAsync(
            new AdjudicationRequest(DeniedEndUser, "NL", hit.ListId, hit.EntryId, hit.EntryHash, AdjudicationOutcome.FalsePositive, "A different institute with a similar name."), "rita");
    }

    private async Task<PilotLicence> ApproveTier3Async(string caseId)
    {
        Assert.Equal("second-review", (await DecideAsync(caseId, Regulator, Pilots.Approve())).State);
        var same = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(caseId, Regulator, "concur"));
        Assert.Contains(same.Reasons, r => r.Contains("not already acted", StringComparison.Ordinal));
        Assert.Equal("countersign", (await ActAsync(caseId, SecondRegulator, "concur")).State);
        Assert.Equal("licensed", (await ActAsync(caseId, Senior, "countersign")).State);
        return Assert.Single(await _host.Get<LicenceRegistry>().ForApplicationAsync((await InstanceAsync(caseId)).Subject.Id));
    }

    [Fact]
    public async Task A_tier_3_case_waits_in_consultation_and_only_the_allied_authoritys_reviewers_see_and_answer_the_task()
    {
        var application = await _host.SubmitAsync(Pilots.Tier3);
        var @case = await _host.CaseAsync(application.Id);

        Assert.Equal(("standard-pilot-licence", "consultation"), (@case.DefinitionId, @case.State));
        var consultation = await InstanceAsync(Tier3ConsultationId(@case.Id));
        Assert.Equal(("allied-consultation", "awaiting-ally", @case.Id), (consultation.DefinitionId, consultation.State, consultation.ParentInstanceId));
        Assert.Equal(_ally.Id, consultation.Data[CaseData.AllyOrganizationId]!.GetValue<string>());
        var task = Assert.Single(await InboxAsync(AllyReviewer));
        Assert.Equal((consultation.Id, "consultations"), (task.InstanceId, task.Queue));
        Assert.Equal(Start.AddDays(10), task.DueAt);
        Assert.Empty(await InboxAsync(OtherAuthorityReviewer));
        Assert.DoesNotContain(await InboxAsync(Regulator), t => t.DefinitionId == CaseDefinitions.AlliedConsultation);
        Assert.DoesNotContain(await InboxAsync(Senior), t => t.DefinitionId == CaseDefinitions.AlliedConsultation);

        await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => ActAsync(consultation.Id, OtherAuthorityReviewer, "no-objection"));
        var regulator = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(consultation.Id, Regulator, "no-objection"));
        Assert.Contains("needs the role AlliedReviewer", regulator.Reasons);
        var early = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => DecideAsync(@case.Id, Regulator, Pilots.Approve()));
        Assert.Equal("consultation", early.State);
        Assert.Equal("awaiting-ally", (await InstanceAsync(consultation.Id)).State);
    }

    [Fact]
    public async Task After_no_objection_a_tier_3_case_needs_two_distinct_regulators_and_a_senior_countersign_and_the_licence_records_the_answer()
    {
        var application = await _host.SubmitAsync(Pilots.Tier3);
        var caseId = (await _host.CaseAsync(application.Id)).Id;

        var answered = await ActAsync(Tier3ConsultationId(caseId), AllyReviewer, "no-objection");

        Assert.Equal("no-objection", answered.State);
        Assert.True(answered.Completed);
        Assert.Empty(await InboxAsync(AllyReviewer));
        var @case = await InstanceAsync(caseId);
        Assert.Equal("review", @case.State);
        Assert.Equal("no-objection", @case.Data[CaseData.Consultations]!["tier3-" + _ally.Id]!["outcome"]!.GetValue<string>());
        Assert.False(@case.Data[CaseData.AlliedObjection]!.GetValue<bool>());
        var licence = await ApproveTier3Async(caseId);
        Assert.Equal(("rita", "sam"), (licence.Decision.DecidedById, licence.Decision.CountersignedById));
        Assert.Equal("FR: no-objection", licence.Decision.AlliedConsultationSummary);
    }

    [Fact]
    public async Task An_objection_needs_a_reason_and_its_reason_is_recorded_on_the_licence()
    {
        var application = await _host.SubmitAsync(Pilots.Tier3);
        var caseId = (await _host.CaseAsync(application.Id)).Id;
        var consultationId = Tier3ConsultationId(caseId);

        var missing = await Assert.ThrowsAsync<WorkflowInputException>(() => ActAsync(consultationId, AllyReviewer, "objection"));
        Assert.Equal("reason", missing.Field);
        Assert.Equal("objection", (await ActAsync(consultationId, AllyReviewer, "objection", "We denied intrusion tooling to this end user in June.")).State);

        var @case = await InstanceAsync(caseId);
        Assert.Equal("review", @case.State);
        Assert.True(@case.Data[CaseData.AlliedObjection]!.GetValue<bool>());
        var licence = await ApproveTier3Async(caseId);
        Assert.Equal("FR: objection (We denied intrusion tooling to this end user in June.)", licence.Decision.AlliedConsultationSummary);
    }

    [Fact]
    public async Task An_ally_that_does_not_answer_within_the_consultation_period_times_out_and_the_case_goes_on_to_review()
    {
        var days = _host.Get<IOptions<LicensingOptions>>().Value.ConsultationDays;
        var application = await _host.SubmitAsync(Pilots.Tier3);
        var caseId = (await _host.CaseAsync(application.Id)).Id;
        var consultationId = Tier3ConsultationId(caseId);

        await _host.AdvanceAsync(TimeSpan.FromDays(days) - TimeSpan.FromMinutes(1));
        Assert.Equal("awaiting-ally", (await InstanceAsync(consultationId)).State);
        Assert.Equal("consultation", (await InstanceAsync(caseId)).State);
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(10, days);
        Assert.Equal("timed-out", (await InstanceAsync(consultationId)).State);
        Assert.Empty(await InboxAsync(AllyReviewer));
        var @case = await InstanceAsync(caseId);
        Assert.Equal("review", @case.State);
        Assert.Equal("timed-out", @case.Data[CaseData.Consultations]!["tier3-" + _ally.Id]!["outcome"]!.GetValue<string>());
        Assert.Equal(Start.AddDays(days + 45), @case.Clocks["review"].DueAt);
        var late = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(consultationId, AllyReviewer, "no-objection"));
        Assert.Contains("the workflow has ended", late.Reasons);
        Assert.Equal("FR: timed-out", (await ApproveTier3Async(caseId)).Decision.AlliedConsultationSummary);
    }

    [Fact]
    public async Task Withdrawing_the_case_cancels_its_open_consultations()
    {
        var applications = _host.Get<PilotApplications>();
        var application = await _host.SubmitAsync(Pilots.Tier3);
        var caseId = (await _host.CaseAsync(application.Id)).Id;
        var current = await applications.GetAsync(_host.Applicant, application.Id);

        await applications.WithdrawAsync(_host.Applicant, application.Id, current.ETag, "The partner left the project.");

        Assert.Equal("withdrawn", (await InstanceAsync(caseId)).State);
        var consultation = await InstanceAsync(Tier3ConsultationId(caseId));
        Assert.Equal("cancelled", consultation.State);
        Assert.True(consultation.Completed);
        Assert.Empty(await InboxAsync(AllyReviewer));
        await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(consultation.Id, AllyReviewer, "no-objection"));
    }

    [Fact]
    public async Task An_allied_denial_of_the_same_control_code_destination_and_end_user_is_consulted_before_a_tier_2_approval()
    {
        var denial = await DenyAsync("4D004");
        var application = await _host.SubmitAsync(IntrusionTier2);
        Assert.Equal("screening-review", (await _host.CaseAsync(application.Id)).State);

        await ClearHitsAsync(application);

        var @case = await _host.CaseAsync(application.Id);
        Assert.Equal(("consultation", 2), (@case.State, @case.Data[CaseData.Tier]!.GetValue<int>()));
        var consultation = await InstanceAsync(CaseDefinitions.ConsultationInstanceId(@case.Id, "denial-" + denial.Id, 1));
        Assert.Equal("FR-2026-0042", consultation.Data[CaseData.DenialReference]!.GetValue<string>());
        Assert.Equal(consultation.Id, Assert.Single(await InboxAsync(AllyReviewer)).InstanceId);
        await Assert.ThrowsAsync<TriggerNotPermittedException>(() => DecideAsync(@case.Id, Regulator, Pilots.Approve()));

        await ActAsync(consultation.Id, AllyReviewer, "no-objection");
        Assert.Equal("countersign", (await DecideAsync(@case.Id, Regulator, Pilots.Approve())).State);
        Assert.Equal("licensed", (await ActAsync(@case.Id, Senior, "countersign")).State);
        var licence = Assert.Single(await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id));
        Assert.Equal("FR: no-objection", licence.Decision.AlliedConsultationSummary);
    }

    [Fact]
    public async Task A_denial_for_another_destination_or_another_control_code_is_not_consulted()
    {
        await DenyAsync("4D004", partyCountry: "DE", reference: "FR-2026-0043");
        await DenyAsync("5A001.j", reference: "FR-2026-0044");
        var application = await _host.SubmitAsync(IntrusionTier2);

        await ClearHitsAsync(application);

        var @case = await _host.CaseAsync(application.Id);
        Assert.Equal("review", @case.State);
        Assert.False(@case.Data[CaseData.ConsultationRequired]!.GetValue<bool>());
        Assert.DoesNotContain(await _host.Engine.FindBySubjectAsync(application.Id), i => i.DefinitionId == CaseDefinitions.AlliedConsultation);
    }

    [Theory]
    [InlineData("no-objection", null, "licensed")]
    [InlineData("objection", "We denied this software to this end user in June.", "countersign")]
    public async Task A_tier_1_case_consults_the_denying_ally_and_an_objection_sends_the_approval_to_a_senior_countersign(string answer, string? reason, string afterApproval)
    {
        var denial = await DenyAsync("5D001.e");
        await RememberFalsePositiveAsync();
        var application = await _host.SubmitAsync(MonitoringTier1);
        var @case = await _host.CaseAsync(application.Id);
        Assert.Equal((1, "consultation"), (application.Tier ?? 0, @case.State));

        await ActAsync(CaseDefinitions.ConsultationInstanceId(@case.Id, "denial-" + denial.Id, 1), AllyReviewer, answer, reason);

        Assert.Equal(afterApproval, (await DecideAsync(@case.Id, Regulator, Pilots.Approve())).State);
        if (afterApproval == "countersign")
        {
            await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(@case.Id, Regulator, "countersign"));
            Assert.Equal("licensed", (await ActAsync(@case.Id, Senior, "countersign")).State);
        }

        var licence = Assert.Single(await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id));
        Assert.Equal(afterApproval == "countersign" ? "sam" : null, licence.Decision.CountersignedById);
        Assert.StartsWith("FR: " + answer, licence.Decision.AlliedConsultationSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_whose_screening_hit_is_cleared_routes_on_its_reassessed_tier()
    {
        await DenyAsync("5D001.e");
        var application = await _host.SubmitAsync(MonitoringTier1);
        Assert.Equal(2, application.Tier); // the unresolved hit adds 15 points until it is adjudicated

        await ClearHitsAsync(application);

        var reassessed = await _host.Get<PilotApplications>().GetAsync(Regulator, application.Id);
        var @case = await _host.CaseAsync(application.Id);
        Assert.Equal((1, "consultation"), (reassessed.Value.Tier ?? 0, @case.State));
        Assert.Equal(1, @case.Data[CaseData.Tier]!.GetValue<int>());
    }

    [Fact]
    public async Task A_confirmed_allied_denial_match_goes_to_tier_3_joint_review_with_the_denying_ally_consulted()
    {
        var denial = await DenyAsync("4D004");
        var application = await _host.SubmitAsync(IntrusionTier2);
        var adjudication = _host.Get<CaseAdjudication>();
        var screening = await adjudication.ScreeningAsync(Regulator, application.Id);
        var party = screening.Parties.Single(p => p.PartyIndex == 0);
        var hit = Assert.Single(party.Hits);

        var confirmed = await adjudication.AdjudicateAsync(Regulator, application.Id, new HitAdjudication(
            screening.Version, party.PartyIndex, hit.ListId, hit.EntryId, hit.EntryHash, AdjudicationOutcome.TrueMatch, "The same institute, denied by France in June."));

        Assert.Equal(3, confirmed.Value.Tier);
        var @case = await _host.CaseAsync(application.Id);
        Assert.Equal("consultation", @case.State);
        Assert.Equal("awaiting-ally", (await InstanceAsync(CaseDefinitions.ConsultationInstanceId(@case.Id, "denial-" + denial.Id, 1))).State);
    }
}
