using Microsoft.Extensions.Time.Testing;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Reviews;
using Sandbox.Applications.Risk;
using Sandbox.Domain.Access;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Risk;
using Sandbox.Identity.Audit;
using Sandbox.Identity.Organizations;
using Sandbox.Storage.Documents;
using Sandbox.Testing.Applications;

namespace Sandbox.Applications.Tests.Reviews;

/// <summary>Sunset and periodic review on a real store: lapses with a fake clock, renewals, their audit; run on SQLite and Cosmos.</summary>
public abstract partial class ReviewTests : IAsyncLifetime
{
    /// <summary>The seed catalogue's review date of SBX-BEHAV-VIDEO, the crowd-counting pilot's classification.</summary>
    protected static readonly DateOnly VideoReviewBy = new(2027, 6, 30);

    protected static CaseActor Administrator { get; } = new("admin-1", "authority", new HashSet<string>([SandboxRoles.Administrator]));

    protected static CaseActor Regulator { get; } = new("regulator-1", "authority", new HashSet<string>([SandboxRoles.Regulator]));

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    protected ApplicationsTestHost Host { get; private set; } = null!;

    protected ReferenceReviews Reviews => Host.Get<ReferenceReviews>();

    protected CaseActor Applicant { get; private set; } = null!;

    protected DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    protected abstract IDocumentStore CreateStore();

    public async Task InitializeAsync()
    {
        Host = await ApplicationsTestHost.StartAsync(CreateStore(), Time);
        var university = await Host.Get<OrganizationDirectory>().RegisterAsync("TU Example", OrganizationType.ResearchInstitution, CountryCode.Parse("NL"), "admin");
        Applicant = new CaseActor("ines", university.Id, new HashSet<string>([SandboxRoles.Applicant]));
    }

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task A_classification_entry_raises_its_impact_before_its_review_date_not_after_and_again_once_renewed()
    {
        var before = await SubmitCrowdCountingAsync();
        Time.SetUtcNow(new DateTimeOffset(VideoReviewBy.AddDays(1), TimeOnly.FromTimeSpan(TimeSpan.FromHours(9)), TimeSpan.Zero));
        var lapsed = await SubmitCrowdCountingAsync();
        var overdue = Assert.Single(await Reviews.ListAsync(0), i => i.Id == "SBX-BEHAV-VIDEO");

        await Reviews.RenewAsync(Administrator, ReviewKind.ClassificationEntry, "SBX-BEHAV-VIDEO", overdue.ETag, new(Today.AddYears(2), "Reclassified unchanged by the 2027 board."));
        var renewed = await SubmitCrowdCountingAsync();

        Assert.Equal("Highest impact item: Moderate (+10)", Impact(before).Explanation);
        Assert.Equal(0, Impact(lapsed).Points);
        Assert.Contains("SBX-BEHAV-VIDEO lapsed at its review date 2027-06-30 and was not renewed", Impact(lapsed).Explanation, StringComparison.Ordinal);
        Assert.Equal(before.Score - 10, lapsed.Score);
        Assert.Equal((ReviewDue.Overdue, -1), (overdue.Due, overdue.DaysLeft));
        Assert.Equal(Impact(before), Impact(renewed));
    }

    [Fact]
    public async Task A_risk_rule_applies_before_its_review_date_not_after_and_again_once_renewed()
    {
        var v1 = await Host.Get<RiskRuleBook>().InForceAsync();
        await Host.Get<RiskRuleBook>().PublishAsync(Administrator, v1 with
        {
            ChangeNote = "End-use weights to be reviewed in a month.",
            ReviewBy = new Dictionary<string, DateOnly> { [RestrictiveRules.EndUse] = Today.AddDays(30) },
        });
        var before = await SubmitCrowdCountingAsync();
        Time.Advance(TimeSpan.FromDays(31));
        var lapsed = await SubmitCrowdCountingAsync();
        var due = Assert.Single(await Reviews.ListAsync(0), i => i.Kind == ReviewKind.RiskRule);

        await Reviews.RenewAsync(Administrator, ReviewKind.RiskRule, RestrictiveRules.EndUse, due.ETag, new(Today.AddYears(1), "Public-safety weighting confirmed."));
        var renewed = await SubmitCrowdCountingAsync();

        Assert.Equal(15, EndUse(before).Points);
        Assert.Equal(0, EndUse(lapsed).Points);
        Assert.StartsWith("End use: the rule lapsed at its review date", EndUse(lapsed).Explanation, StringComparison.Ordinal);
        Assert.Equal((2, RestrictiveRules.EndUse), (due.ReferenceVersion, due.Id));
        Assert.Equal(15, EndUse(renewed).Points);
        Assert.Equal(2, renewed.RulesVersion);
    }

    [Fact]
    public async Task A_renewal_is_audited_and_a_second_one_on_the_same_etag_is_refused()
    {
        var listed = Assert.Single(await Reviews.ListAsync(), i => i.Id == "SBX-BIO-ID");

        var renewed = await Reviews.RenewAsync(Administrator, ReviewKind.ClassificationEntry, "SBX-BIO-ID", listed.ETag, new(new DateOnly(2029, 6, 30), "  Still listed under Art. 5.  "));
        var stale = Reviews.RenewAsync(Administrator, ReviewKind.ClassificationEntry, "SBX-BIO-ID", listed.ETag, new(new DateOnly(2030, 6, 30), "Second copy"));
        await Assert.ThrowsAsync<Sandbox.Storage.Errors.DocumentConcurrencyException>(() => stale);
        var again = await Reviews.RenewAsync(Administrator, ReviewKind.ClassificationEntry, "SBX-BIO-ID", renewed.ETag, new(new DateOnly(2030, 6, 30), "Board met again."));

        Assert.Equal(new DateOnly(2029, 6, 30), renewed.ReviewBy);
        Assert.Equal(new ReviewRenewal(new DateOnly(2027, 6, 30), new DateOnly(2029, 6, 30), "Still listed under Art. 5.", "admin-1", Time.GetUtcNow()), renewed.LastRenewal);
        Assert.Equal(new DateOnly(2030, 6, 30), again.ReviewBy);
        var audited = await Host.Get<AuditLog>().ReadDayAsync(Today, ReviewAuditEvents.Renewed);
        Assert.Equal(2, audited.Count);
        Assert.Equal(("admin-1", "classification-entry", "SBX-BIO-ID", "2027-06-30", "2029-06-30", "Still listed under Art. 5."),
            (audited[0].Actor, audited[0].Details["kind"], audited[0].Details["id"], audited[0].Details["previousReviewBy"], audited[0].Details["reviewBy"], audited[0].Details["reason"]));
    }

    [Fact]
    public async Task A_renewal_needs_a_future_date_within_five_years_a_reason_and_an_administrator()
    {
        var listed = Assert.Single(await Reviews.ListAsync(), i => i.Id == RestrictiveRules.Capabilities);

        var past = await Assert.ThrowsAsync<ReviewValidationException>(() => Renew(listed, new(Today, "Reason")));
        var far = await Assert.ThrowsAsync<ReviewValidationException>(() => Renew(listed, new(Today.AddYears(5).AddDays(1), " ")));
        var missing = await Assert.ThrowsAsync<ReviewValidationException>(() => Renew(listed, new(null, null)));
        await Assert.ThrowsAsync<CaseForbiddenException>(() => Reviews.RenewAsync(Regulator, listed.Kind, listed.Id, listed.ETag, new(Today.AddYears(1), "Mine")));
        await Assert.ThrowsAsync<ReviewNotFoundException>(() => Reviews.RenewAsync(Administrator, ReviewKind.RiskRule, "safeguard.encryption", listed.ETag, new(Today.AddYears(1), "Credit")));

        Assert.Equal(["reviewBy"], past.Errors.Keys);
        Assert.Equal(["reason", "reviewBy"], far.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["reason", "reviewBy"], missing.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await Host.Get<AuditLog>().ReadDayAsync(Today, ReviewAuditEvents.Renewed));
        Assert.Equal(new DateOnly(2029, 1, 1), Assert.Single(await Reviews.ListAsync(), i => i.Id == RestrictiveRules.Capabilities).ReviewBy);
    }

    [Fact]
    public async Task The_due_list_holds_what_is_overdue_or_due_within_the_days_asked()
    {
        Assert.Empty(await Reviews.ListAsync(90));
        var withinAYear = await Reviews.ListAsync(365);

        Assert.Equal(["SBX-AERIAL-IMAGING", "SBX-BEHAV-VIDEO", "SBX-BIO-ID", "SBX-BORDER-FUSION", "SBX-GEO-TRACK"], withinAYear.Select(i => i.Id));
        Assert.All(withinAYear, i => Assert.Equal((ReviewDue.Later, ReviewRecord.UnrenewedETag, 211), (i.Due, i.ETag, i.DaysLeft)));
        Assert.Contains("Impact Moderate: 10 points", withinAYear[1].Restricts, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ReviewValidationException>(() => Reviews.ListAsync(-1));

        Time.Advance(TimeSpan.FromDays(150));

        Assert.All(await Reviews.ListAsync(90), i => Assert.Equal(ReviewDue.DueSoon, i.Due));
        Assert.Equal(5, (await Reviews.ListAsync(90)).Count);
        Assert.Equal(12 + RestrictiveRules.All.Count, (await Reviews.ListAsync()).Count);
    }

    protected Task<ReviewItem> Renew(ReviewItem item, ReviewRenewalRequest request) =>
        Reviews.RenewAsync(Administrator, item.Kind, item.Id, item.ETag, request);

    private async Task<RiskAssessment> SubmitCrowdCountingAsync()
    {
        var applications = Host.Get<PilotApplications>();
        var created = await applications.CreateAsync(Applicant, SampleApplications.CrowdCounting(Today.AddDays(14)));
        var submitted = await applications.SubmitAsync(Applicant, created.Value.Id, created.ETag);
        return submitted.Value.Assessment!;
    }

    private static RiskFactor Impact(RiskAssessment assessment) => Assert.Single(assessment.Factors, f => f.Code == RestrictiveRules.Impact);

    private static RiskFactor EndUse(RiskAssessment assessment) => Assert.Single(assessment.Factors, f => f.Code == RestrictiveRules.EndUse);
}
