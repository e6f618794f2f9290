using Sandbox.Applications.Access;
using Sandbox.Applications.Classification;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Risk;
using Sandbox.Domain.Access;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Risk;

namespace Sandbox.Applications.Tests.Intake;

public abstract partial class IntakeTests
{
    private static readonly CaseActor Administrator = new("admin-1", "authority", new HashSet<string>([SandboxRoles.Administrator]));

    [Fact]
    public async Task A_new_catalogue_version_flags_the_submitted_cases_whose_category_changed()
    {
        var catalogue = Host.Get<ClassificationCatalogue>();
        var created = await Applications.CreateAsync(Applicant, Complete);
        var submitted = await Applications.SubmitAsync(Applicant, created.Value.Id, created.ETag);
        var untouched = await Applications.CreateAsync(Applicant, Complete);
        var v1 = await catalogue.InForceAsync();
        var code = Complete.TechnologyItems[0].ClassificationCode!;
        var entries = v1.Entries.Select(e => e.Code == code ? e with { ImpactRating = ImpactRating.Critical } : e).ToList();

        var publication = await catalogue.PublishAsync(Administrator, new CatalogueDraft(Time.GetUtcNow(), "Behavioural video analytics raised to critical after the 2026 review.", entries));

        Assert.Equal(2, publication.Catalogue.Version);
        Assert.Equal(code, Assert.Single(publication.Changes).Code);
        Assert.Equal([submitted.Value.Reference], publication.FlaggedApplications);
        var flagged = (await Applications.GetAsync(Regulator, submitted.Value.Id)).Value;
        var flag = Assert.Single(flagged.ReReview);
        Assert.Equal((code, 2), (flag.ClassificationCode, flag.CatalogueVersion));
        Assert.Contains("Critical", flag.Reason, StringComparison.Ordinal);
        Assert.Empty((await Applications.GetAsync(Applicant, untouched.Value.Id)).Value.ReReview);
        var queue = await Applications.ListAsync(Regulator, new ApplicationFilter { NeedsReReview = true });
        Assert.Equal(submitted.Value.Id, Assert.Single(queue.Items).Value.Id);
        Assert.Equal(2, (await catalogue.InForceAsync()).Version);
    }

    [Fact]
    public async Task Only_administrators_publish_and_a_broken_catalogue_is_refused_whole()
    {
        var catalogue = Host.Get<ClassificationCatalogue>();
        var v1 = await catalogue.InForceAsync();
        var broken = v1.Entries.Select((e, i) => i == 0 ? e with { CrossReferences = e.CrossReferences with { EuAnnexI = "4-A-005" } } : e).ToList();

        await Assert.ThrowsAsync<CaseForbiddenException>(() => catalogue.PublishAsync(Regulator, new CatalogueDraft(null, "x", v1.Entries)));
        var refused = await Assert.ThrowsAsync<IntakeValidationException>(() => catalogue.PublishAsync(Administrator, new CatalogueDraft(null, "Typo fix", broken)));

        Assert.Equal("entries[0].crossReferences.euAnnexI", Assert.Single(refused.Problems).Field);
        Assert.Equal(1, (await catalogue.InForceAsync()).Version);
        Assert.Single(await catalogue.ListAsync());
    }

    [Fact]
    public async Task A_catalogue_version_takes_effect_on_its_date()
    {
        var catalogue = Host.Get<ClassificationCatalogue>();
        var v1 = await catalogue.InForceAsync();

        await catalogue.PublishAsync(Administrator, new CatalogueDraft(Time.GetUtcNow().AddDays(30), "Next year's catalogue.", v1.Entries));

        Assert.Equal(1, (await catalogue.InForceAsync()).Version);
        Time.Advance(TimeSpan.FromDays(31));
        Assert.Equal(2, (await catalogue.InForceAsync()).Version);
    }

    [Fact]
    public async Task Rules_are_versioned_and_an_assessment_names_the_version_it_used()
    {
        var book = Host.Get<RiskRuleBook>();
        var v1 = await book.InForceAsync();
        var created = await Applications.CreateAsync(Applicant, Complete);
        var submitted = await Applications.SubmitAsync(Applicant, created.Value.Id, created.ETag);

        var negative = v1 with { VerifiedPartnerCredit = -5 };
        await Assert.ThrowsAsync<IntakeValidationException>(() => book.PublishAsync(Administrator, negative));
        var v2 = await book.PublishAsync(Administrator, v1 with { ChangeNote = "Same weights, re-issued." });

        Assert.Equal(1, submitted.Value.Assessment!.RulesVersion);
        Assert.Equal(2, v2.Version);
        Assert.Equal(RiskAssessor.Assess(RiskInputs.From(Complete, await Host.Get<ClassificationCatalogue>().InForceAsync(), new ScreeningSummary(1, 0, 0),
            (await Host.Get<Sandbox.Identity.Organizations.OrganizationDirectory>().GetAsync(Applicant.OrganizationId!))!.Value), v1), submitted.Value.Assessment);
    }
}
