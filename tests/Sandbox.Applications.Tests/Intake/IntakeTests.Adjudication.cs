using System.Text;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Risk;
using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Tests.Intake;

public abstract partial class IntakeTests
{
    private const string SmallList = """
        9001,"ASCOTEC SCIENCE & TECHNOLOGY GMBH",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Registration ID HRB 58745 (Germany)."

        """;

    private ApplicationContent WithListedSupplier => Complete with
    {
        Parties = [.. Complete.Parties, new Party { Role = PartyRole.ThirdParty, Name = "Ascotec Science & Technology GmbH", Sector = PartySector.CommercialCompany, Country = "DE" }],
    };

    [Fact]
    public async Task A_listed_party_holds_the_case_for_adjudication_and_a_true_match_floors_the_tier()
    {
        var submitted = await SubmitWithListAsync(WithListedSupplier);
        var adjudication = Host.Get<CaseAdjudication>();
        var screening = await adjudication.ScreeningAsync(Regulator, submitted.Id);
        var hit = Assert.Single(screening.Parties.Single(p => p.PartyIndex == 2).Hits);

        await Assert.ThrowsAsync<CaseForbiddenException>(() => adjudication.ScreeningAsync(Applicant, submitted.Id));
        await Assert.ThrowsAsync<CaseForbiddenException>(() => adjudication.AdjudicateAsync(Auditor, submitted.Id, Decision(hit, AdjudicationOutcome.TrueMatch)));
        var decided = await adjudication.AdjudicateAsync(Regulator, submitted.Id, Decision(hit, AdjudicationOutcome.TrueMatch));

        Assert.Equal(ScreeningStatus.PendingAdjudication, submitted.ScreeningStatus);
        Assert.Equal(ScreeningStatus.ConfirmedMatch, decided.Value.ScreeningStatus);
        Assert.Equal(RiskTier.Tier4RefuseUnlessExceptional, decided.Value.Assessment!.Tier);
        Assert.Equal(4, decided.Value.Tier);
        Assert.Equal(AdjudicationState.Remembered, (await adjudication.ScreeningAsync(Regulator, submitted.Id)).Parties.Single(p => p.PartyIndex == 2).Hits[0].AdjudicationState);
    }

    [Fact]
    public async Task A_false_positive_clears_the_case_and_is_remembered_for_the_next_application()
    {
        var first = await SubmitWithListAsync(WithListedSupplier);
        var adjudication = Host.Get<CaseAdjudication>();
        var hit = (await adjudication.ScreeningAsync(Regulator, first.Id)).Parties.Single(p => p.PartyIndex == 2).Hits[0];

        var missingReason = await Assert.ThrowsAsync<IntakeValidationException>(() =>
            adjudication.AdjudicateAsync(Regulator, first.Id, Decision(hit, AdjudicationOutcome.FalsePositive) with { Reason = " " }));
        var cleared = await adjudication.AdjudicateAsync(Regulator, first.Id, Decision(hit, AdjudicationOutcome.FalsePositive));
        var second = await Applications.CreateAsync(Applicant, WithListedSupplier);
        var secondSubmitted = await Applications.SubmitAsync(Applicant, second.Value.Id, second.ETag);

        Assert.Equal("reason", Assert.Single(missingReason.Problems).Field);
        Assert.Equal(ScreeningStatus.Clear, cleared.Value.ScreeningStatus);
        Assert.True(cleared.Value.Assessment!.Score < first.Assessment!.Score);
        Assert.Equal(ScreeningStatus.Clear, secondSubmitted.Value.ScreeningStatus);
    }

    [Fact]
    public async Task The_applicant_organization_itself_is_screened()
    {
        var listed = await Host.Get<Sandbox.Identity.Organizations.OrganizationDirectory>().RegisterAsync(
            "Ascotec Science & Technology GmbH", Sandbox.Domain.Organizations.OrganizationType.Company, Sandbox.Domain.Organizations.CountryCode.Parse("DE"), "admin");
        var actor = new Sandbox.Applications.Access.CaseActor("mallory", listed.Id, new HashSet<string>([Sandbox.Domain.Access.SandboxRoles.Applicant]));
        await using (var csv = new MemoryStream(Encoding.UTF8.GetBytes(SmallList)))
        {
            await Host.Get<ScreeningListImporter>().ImportSdnCsvAsync(csv, "test.csv", "admin-1");
        }

        var created = await Applications.CreateAsync(actor, Complete);
        var submitted = (await Applications.SubmitAsync(actor, created.Value.Id, created.ETag)).Value;
        var screening = await Host.Get<CaseAdjudication>().ScreeningAsync(Regulator, submitted.Id);

        Assert.Equal(ScreeningStatus.PendingAdjudication, submitted.ScreeningStatus);
        Assert.Equal("9001", Assert.Single(screening.Parties.Single(p => p.PartyIndex == CaseScreening.ApplicantIndex).Hits).EntryId);
    }

    [Fact]
    public async Task A_decision_on_an_older_version_or_by_a_conflicted_regulator_is_refused()
    {
        var submitted = await SubmitWithListAsync(WithListedSupplier);
        var adjudication = Host.Get<CaseAdjudication>();
        var hit = (await adjudication.ScreeningAsync(Regulator, submitted.Id)).Parties.Single(p => p.PartyIndex == 2).Hits[0];
        var colleagueRegulator = new Sandbox.Applications.Access.CaseActor("jan", Applicant.OrganizationId, new HashSet<string>([Sandbox.Domain.Access.SandboxRoles.Regulator]));

        await Assert.ThrowsAsync<CaseStateException>(() => adjudication.AdjudicateAsync(Regulator, submitted.Id, Decision(hit, AdjudicationOutcome.FalsePositive) with { Version = 2 }));
        await Assert.ThrowsAsync<CaseForbiddenException>(() => adjudication.AdjudicateAsync(colleagueRegulator, submitted.Id, Decision(hit, AdjudicationOutcome.FalsePositive)));
        var noIndex = await Assert.ThrowsAsync<IntakeValidationException>(() => adjudication.AdjudicateAsync(Regulator, submitted.Id, Decision(hit, AdjudicationOutcome.FalsePositive) with { PartyIndex = null }));
        await Assert.ThrowsAsync<CaseStateException>(() => adjudication.AdjudicateAsync(Regulator, submitted.Id, Decision(hit, AdjudicationOutcome.FalsePositive) with { PartyIndex = 0 }));

        Assert.Equal("partyIndex", Assert.Single(noIndex.Problems).Field);
    }

    [Fact]
    public async Task Reassessment_moves_the_review_clock_but_not_what_the_applicant_sees()
    {
        var submitted = await SubmitWithListAsync(WithListedSupplier);
        var adjudication = Host.Get<CaseAdjudication>();
        var hit = (await adjudication.ScreeningAsync(Regulator, submitted.Id)).Parties.Single(p => p.PartyIndex == 2).Hits[0];
        Time.Advance(TimeSpan.FromHours(5));

        var decided = (await adjudication.AdjudicateAsync(Regulator, submitted.Id, Decision(hit, AdjudicationOutcome.TrueMatch))).Value;

        Assert.Equal(submitted.UpdatedAt, decided.UpdatedAt);
        Assert.Equal(submitted.LastSubmittedAt!.Value.AddDays(decided.Assessment!.ReviewDays), decided.SlaDueAt);
        await Assert.ThrowsAsync<IntakeValidationException>(() => Applications.ListAsync(Applicant, new ApplicationFilter { Tier = 4 }));
        await Assert.ThrowsAsync<IntakeValidationException>(() => Applications.ListAsync(Applicant, new ApplicationFilter { Sort = ApplicationSort.TierHighest }));
    }

    private async Task<PilotApplication> SubmitWithListAsync(ApplicationContent content)
    {
        await using (var csv = new MemoryStream(Encoding.UTF8.GetBytes(SmallList)))
        {
            await Host.Get<ScreeningListImporter>().ImportSdnCsvAsync(csv, "test.csv", "admin-1");
        }

        var created = await Applications.CreateAsync(Applicant, content);
        return (await Applications.SubmitAsync(Applicant, created.Value.Id, created.ETag)).Value;
    }

    private static HitAdjudication Decision(ScreeningMatch hit, AdjudicationOutcome outcome) =>
        new(1, 2, hit.ListId, hit.EntryId, hit.EntryHash, outcome, "Checked the registry entry against the listed company.", hit.Adjudication?.ETag);
}
