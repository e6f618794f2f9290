using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Screening;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Licensing.Notifications;
using Sandbox.Testing.Applications;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;
using Sandbox.Workflows.Tasks;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Licensing.Tests;

/// <summary>The expedited humanitarian definition: the 72-hour clock, its escalation, the provisional licence and the full review after it.</summary>
public sealed class ExpeditedHumanitarianTests : IAsyncLifetime
{
    private static readonly TimeSpan DecisionClock = TimeSpan.FromHours(72);

    private LicensingTestHost _host = null!;

    public async Task InitializeAsync() => _host = await LicensingTestHost.StartAsync(OrganizationType.HumanitarianOrganization, humanitarian: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>A verified humanitarian organization's 60-day flood-response pilot: Tier 2, eligible for the 72-hour path.</summary>
    private static ApplicationContent Flood { get; } = SampleApplications.FloodDrones(Pilots.StartOn);

    /// <summary>Face recognition on biometric data: Tier 3.</summary>
    private static ApplicationContent FloodTier3 { get; } = Flood with
    {
        DataCategories = [DataCategory.Synthetic, DataCategory.Biometric],
        TechnologyItems = [Flood.TechnologyItems[0] with { ClassificationCode = "SBX-BIO-ID", Capabilities = [Capability.SensorFusion, Capability.FacialRecognition] }],
    };

    /// <summary>Mobile interception for a military end user: Tier 4.</summary>
    private static ApplicationContent FloodTier4 { get; } = FloodTier3 with
    {
        Parties = [Flood.Parties[0] with { Sector = PartySector.MilitaryOrIntelligence }],
        TechnologyItems = [Flood.TechnologyItems[0] with
        {
            ClassificationCode = "SBX-MOB-INTERCEPT",
            Capabilities = [Capability.CommunicationsInterception, Capability.FacialRecognition, Capability.BiometricIdentification, Capability.LocationTracking],
        }],
    };

    /// <summary>The sample with a supplier on the sanctions list the host imports.</summary>
    private static ApplicationContent FloodWithListedSupplier { get; } = Flood with
    {
        Parties = [.. Flood.Parties, new Party { Role = PartyRole.ThirdParty, Name = "Ascotec Science & Technology GmbH", Sector = PartySector.CommercialCompany, Country = "DE" }],
    };

    /// <summary>An approval starting now (the fake clock's now).</summary>
    private LicenceDecision Approve(int days) => new()
    {
        Outcome = DecisionOutcome.Approve,
        Conditions = Pilots.Conditions,
        ValidFrom = _host.Time.GetUtcNow(),
        ValidTo = _host.Time.GetUtcNow().AddDays(days),
        Rationale = "The flood season starts in three weeks; the safeguards suit synthetic imagery.",
    };

    private async Task<string> ETagAsync(string instanceId) => (await _host.Engine.GetAsync(instanceId))!.ETag;

    private async Task<WorkflowInstance> InstanceAsync(string instanceId) => (await _host.Engine.GetAsync(instanceId))!.Value;

    private async Task<WorkflowInstance> DecideAsync(string instanceId, CaseActor actor, LicenceDecision decision) =>
        (await _host.Cases.DecideAsync(actor, actor.UserId, instanceId, decision, await ETagAsync(instanceId))).Value;

    private async Task<WorkflowInstance> ActAsync(string instanceId, CaseActor actor, string trigger, string? reason = null) =>
        (await _host.Cases.ActAsync(actor, actor.UserId, instanceId, trigger, reason, await ETagAsync(instanceId))).Value;

    private async Task<IReadOnlyList<WorkflowTask>> InboxAsync(CaseActor actor, string? queue = null) =>
        await _host.Get<WorkflowInbox>().ForAsync(WorkflowActors.From(actor, actor.UserId), queue);

    private static string ExpeditedId(string applicationId) => CaseDefinitions.CaseInstanceId(CaseDefinitions.ExpeditedHumanitarian, applicationId);

    private static string StandardId(string applicationId) => CaseDefinitions.CaseInstanceId(CaseDefinitions.Standard, applicationId);

    private async Task<PilotLicence> LicenceAsync(string id) => (await _host.Get<LicenceRegistry>().GetAsync(id))!.Value;

    /// <summary>Submits the sample and issues its provisional licence; the full review is then running.</summary>
    private async Task<(PilotApplication Application, PilotLicence Provisional)> ProvisionallyLicensedAsync()
    {
        var application = await _host.SubmitAsync(Flood);
        Assert.Equal("provisional-licensed", (await DecideAsync(ExpeditedId(application.Id), Regulator, Approve(60))).State);
        return (application, Assert.Single(await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id)));
    }

    [Fact]
    public async Task A_verified_humanitarian_request_waits_for_a_decision_due_72_hours_after_submission()
    {
        var application = await _host.SubmitAsync(Flood);

        var @case = await _host.CaseAsync(application.Id);
        Assert.Equal((CaseDefinitions.ExpeditedHumanitarian, "decision"), (@case.DefinitionId, @case.State));
        Assert.Equal("decision", @case.Data[CaseData.ExpeditedRoute]!.GetValue<string>());
        Assert.Equal(Start + DecisionClock, @case.Clocks["decision"].DueAt);
        var task = Assert.Single(await InboxAsync(Regulator));
        Assert.Equal((@case.Id, "expedited", Start + DecisionClock), (task.InstanceId, task.Queue, task.DueAt));
        Assert.Empty(await InboxAsync(Senior, "escalations"));
    }

    [Fact]
    public async Task After_72_hours_without_a_decision_the_request_escalates_to_a_senior_regulator_who_can_still_decide()
    {
        var application = await _host.SubmitAsync(Flood);
        var id = ExpeditedId(application.Id);

        await _host.AdvanceAsync(DecisionClock - TimeSpan.FromMinutes(1));
        Assert.Equal("decision", (await InstanceAsync(id)).State);
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal("escalated", (await InstanceAsync(id)).State);
        Assert.Equal(id, Assert.Single(await InboxAsync(Senior, "escalations")).InstanceId);
        Assert.Empty(await InboxAsync(Regulator, "expedited"));
        Assert.Equal("provisional-licensed", (await DecideAsync(id, Senior, Approve(30))).State);
        Assert.Equal("sam", Assert.Single(await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id)).Decision.DecidedById);
    }

    [Fact]
    public async Task A_provisional_approval_issues_a_provisional_licence_at_least_as_strict_as_the_floor_and_starts_the_full_review()
    {
        var (application, licence) = await ProvisionallyLicensedAsync();

        Assert.Equal((LicenceKind.Provisional, LicenceStatus.Issued), (licence.Kind, licence.Status));
        Assert.Equal((Start, Start.AddDays(60)), (licence.ValidFrom, licence.ValidTo));
        Assert.True(licence.Conditions.IsAtLeastAsStrictAs(ProvisionalConditions.Floor), string.Join("; ", licence.Conditions.ShortfallsAgainst(ProvisionalConditions.Floor).Select(p => p.Message)));
        Assert.Equal((ProvisionalConditions.MaxRowsPerQuery, ProvisionalConditions.QueriesPerDay, true), (licence.Conditions.MaxRowsPerQuery, licence.Conditions.QueriesPerDay, licence.Conditions.NoRawIdentifiers));
        Assert.Contains(ProvisionalConditions.Notice, licence.Conditions.Narrative);
        Assert.Contains(await _host.Get<HolderNotifications>().ForAsync(_host.ApplicantOrganizationId), n => n.Subject == "Provisional licence issued");
        Assert.Equal("issued", (await InstanceAsync(CaseDefinitions.LifecycleInstanceId(licence.Id))).State);

        var full = await _host.CaseAsync(application.Id);
        Assert.Equal((StandardId(application.Id), "review"), (full.Id, full.State));
        Assert.Equal(licence.Id, full.Data[CaseData.ProvisionalLicenceId]!.GetValue<string>());
        Assert.Equal(ExpeditedId(application.Id), full.ParentInstanceId);
    }

    [Fact]
    public async Task A_provisional_licence_of_more_than_90_days_or_a_refusal_on_the_expedited_path_is_refused_with_a_field_problem()
    {
        var application = await _host.SubmitAsync(Flood with { RequestedDurationDays = 90 });
        var id = ExpeditedId(application.Id);
        var before = await ETagAsync(id);

        var tooLong = await Assert.ThrowsAsync<IntakeValidationException>(() => DecideAsync(id, Regulator, Approve(91)));
        var refusal = await Assert.ThrowsAsync<IntakeValidationException>(() => DecideAsync(id, Regulator, Pilots.Refuse("SBX-VULNERABLE-GROUPS")));

        Assert.Contains(tooLong.Problems, p => p.Field == "validTo" && p.Message.Contains("provisional licence runs at most 90 days", StringComparison.Ordinal));
        Assert.Contains(refusal.Problems, p => p.Field == "outcome");
        Assert.Equal(before, await ETagAsync(id));
        Assert.Equal("provisional-licensed", (await DecideAsync(id, Regulator, Approve(90))).State);
    }

    [Fact]
    public async Task The_full_approval_issues_a_full_licence_that_supersedes_the_provisional_one()
    {
        var (application, provisional) = await ProvisionallyLicensedAsync();
        var standard = StandardId(application.Id);

        Assert.Equal("countersign", (await DecideAsync(standard, Regulator, Approve(60))).State);
        Assert.Equal("licensed", (await ActAsync(standard, Senior, "countersign")).State);

        var licences = await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id);
        var full = Assert.Single(licences, l => l.Kind == LicenceKind.Full);
        Assert.Equal(provisional.Id, full.SupersedesLicenceId);
        Assert.Equal(LicenceStatus.Superseded, (await LicenceAsync(provisional.Id)).Status);
        var lifecycle = await InstanceAsync(CaseDefinitions.LifecycleInstanceId(provisional.Id));
        Assert.Equal(("superseded", true), (lifecycle.State, lifecycle.Completed));
        Assert.Equal("issued", (await InstanceAsync(CaseDefinitions.LifecycleInstanceId(full.Id))).State);
    }

    [Fact]
    public async Task A_refusal_of_the_full_review_revokes_the_provisional_licence()
    {
        var (application, provisional) = await ProvisionallyLicensedAsync();

        Assert.Equal("refused", (await DecideAsync(StandardId(application.Id), Regulator, Pilots.Refuse("SBX-VULNERABLE-GROUPS"))).State);

        Assert.Equal(LicenceStatus.Revoked, (await LicenceAsync(provisional.Id)).Status);
        Assert.Equal("revoked", (await InstanceAsync(CaseDefinitions.LifecycleInstanceId(provisional.Id))).State);
        Assert.DoesNotContain(await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id), l => l.Kind == LicenceKind.Full);
    }

    [Fact]
    public async Task A_humanitarian_organization_that_is_not_verified_cannot_ask_for_the_expedited_path()
    {
        await using var host = await LicensingTestHost.StartAsync(OrganizationType.HumanitarianOrganization);

        var refused = await Assert.ThrowsAsync<IntakeValidationException>(() => host.SubmitAsync(Flood));

        Assert.Contains(refused.Problems, p => p.Field == "expedited");
    }

    [Fact]
    public async Task More_than_90_days_cannot_be_asked_for_on_the_expedited_path()
    {
        var refused = await Assert.ThrowsAsync<IntakeValidationException>(() => _host.SubmitAsync(Flood with { RequestedDurationDays = 91 }));

        Assert.Contains(refused.Problems, p => p.Field == "requestedDurationDays");
    }

    [Fact]
    public async Task A_tier_4_request_is_handed_to_the_standard_review()
    {
        var application = await _host.SubmitAsync(FloodTier4);

        var expedited = await InstanceAsync(ExpeditedId(application.Id));
        Assert.Equal((4, "handover", true), (application.Tier ?? 0, expedited.State, expedited.Completed));
        Assert.Contains("the risk tier is 4", expedited.Data["expeditedRouteReason"]!.GetValue<string>(), StringComparison.Ordinal);
        var current = await _host.CaseAsync(application.Id);
        Assert.Equal((StandardId(application.Id), "refusal-review"), (current.Id, current.State));
    }

    [Fact]
    public async Task A_tier_3_request_is_handed_to_the_standard_review_like_the_risk_rules_expedite_only_up_to_tier_2()
    {
        var application = await _host.SubmitAsync(FloodTier3);
        Assert.Equal(3, application.Tier);

        var expedited = await InstanceAsync(ExpeditedId(application.Id));
        Assert.Equal("handover", expedited.State);
        Assert.Equal(StandardId(application.Id), (await _host.CaseAsync(application.Id)).Id);
    }

    [Fact]
    public async Task Refer_to_standard_needs_a_reason_and_hands_the_request_to_the_standard_review_without_a_licence()
    {
        var application = await _host.SubmitAsync(Flood);
        var id = ExpeditedId(application.Id);

        var missing = await Assert.ThrowsAsync<WorkflowInputException>(() => ActAsync(id, Regulator, "refer-to-standard"));
        var applicant = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => ActAsync(id, _host.Applicant, "refer-to-standard", "Please review fully."));
        var referred = await ActAsync(id, Regulator, "refer-to-standard", "The imagery covers a populated area; the full review decides.");

        Assert.Equal("reason", missing.Field);
        Assert.Contains("needs the role Regulator", applicant.Reasons);
        Assert.Equal(("handover", true), (referred.State, referred.Completed));
        var current = await _host.CaseAsync(application.Id);
        Assert.Equal((StandardId(application.Id), "review"), (current.Id, current.State));
        Assert.Empty(await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id));
    }

    [Fact]
    public async Task The_applicant_withdraws_an_expedited_request()
    {
        var applications = _host.Get<PilotApplications>();
        var application = await _host.SubmitAsync(Flood);
        var current = await applications.GetAsync(_host.Applicant, application.Id);

        await applications.WithdrawAsync(_host.Applicant, application.Id, current.ETag, "The floods ended early.");

        Assert.Equal("withdrawn", (await InstanceAsync(ExpeditedId(application.Id))).State);
        Assert.Empty(await InboxAsync(Regulator));
    }

    [Theory]
    [InlineData(AdjudicationOutcome.FalsePositive, CaseDefinitions.ExpeditedHumanitarian, "decision")]
    [InlineData(AdjudicationOutcome.TrueMatch, CaseDefinitions.Standard, "refusal-review")]
    public async Task Screening_hits_are_adjudicated_on_the_72_hour_clock_and_a_confirmed_match_goes_to_the_standard_review(
        AdjudicationOutcome outcome, string definition, string state)
    {
        var application = await _host.SubmitAsync(FloodWithListedSupplier);
        Assert.Equal("screening-review", (await InstanceAsync(ExpeditedId(application.Id))).State);
        var task = Assert.Single(await InboxAsync(Regulator));
        Assert.Equal(("expedited", Start + DecisionClock), (task.Queue, task.DueAt));
        var adjudication = _host.Get<CaseAdjudication>();
        var screening = await adjudication.ScreeningAsync(Regulator, application.Id);
        var hit = Assert.Single(screening.Parties.Single(p => p.PartyIndex == 1).Hits);

        await adjudication.AdjudicateAsync(Regulator, application.Id, new HitAdjudication(screening.Version, 1, hit.ListId, hit.EntryId, hit.EntryHash, outcome, "Checked against the registry entry."));

        var current = await _host.CaseAsync(application.Id);
        Assert.Equal((definition, state), (current.DefinitionId, current.State));
    }

    [Fact]
    public async Task A_request_that_escalates_before_its_eligibility_is_checked_can_only_be_referred_to_the_standard_review()
    {
        var application = await _host.SubmitAsync(FloodWithListedSupplier);
        var id = ExpeditedId(application.Id);

        await _host.AdvanceAsync(DecisionClock);

        Assert.Equal("escalated", (await InstanceAsync(id)).State);
        var approval = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => DecideAsync(id, Senior, Approve(30)));
        Assert.Contains(approval.Reasons, r => r.StartsWith("expeditedRoute is", StringComparison.Ordinal));
        Assert.Equal("handover", (await ActAsync(id, Senior, "refer-to-standard", "The screening hit is not adjudicated yet.")).State);
        Assert.Equal(StandardId(application.Id), (await _host.CaseAsync(application.Id)).Id);
    }
}
