using Microsoft.Extensions.Time.Testing;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Access;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Audit;
using Sandbox.Identity.Organizations;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Testing.Applications;

namespace Sandbox.Applications.Tests.Intake;

/// <summary>Drafting, submitting, amending and reading applications on a real store; run on SQLite and Cosmos.</summary>
public abstract partial class IntakeTests : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    protected ApplicationsTestHost Host { get; private set; } = null!;

    protected PilotApplications Applications => Host.Get<PilotApplications>();

    protected CaseActor Applicant { get; private set; } = null!;

    protected CaseActor Colleague { get; private set; } = null!;

    protected CaseActor Outsider { get; private set; } = null!;

    protected static CaseActor Regulator { get; } = new("regulator-1", "authority", new HashSet<string>([SandboxRoles.Regulator]));

    protected static CaseActor Auditor { get; } = new("auditor-1", "authority", new HashSet<string>([SandboxRoles.Auditor]));

    protected DateOnly Start => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime).AddDays(14);

    protected ApplicationContent Complete => SampleApplications.CrowdCounting(Start);

    protected abstract IDocumentStore CreateStore();

    public async Task InitializeAsync()
    {
        Host = await ApplicationsTestHost.StartAsync(CreateStore(), Time);
        var directory = Host.Get<OrganizationDirectory>();
        var university = await directory.RegisterAsync("TU Example", OrganizationType.ResearchInstitution, CountryCode.Parse("NL"), "admin");
        var other = await directory.RegisterAsync("Other Lab", OrganizationType.Company, CountryCode.Parse("DE"), "admin");
        Applicant = new CaseActor("ines", university.Id, new HashSet<string>([SandboxRoles.Applicant]));
        Colleague = new CaseActor("jan", university.Id, new HashSet<string>([SandboxRoles.Applicant]));
        Outsider = new CaseActor("olga", other.Id, new HashSet<string>([SandboxRoles.Applicant]));
    }

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task A_draft_gets_a_readable_reference_and_is_saved_as_the_applicant_goes()
    {
        var first = await Applications.CreateAsync(Applicant, ApplicationContent.Empty);
        var second = await Applications.CreateAsync(Applicant, ApplicationContent.Empty);

        Assert.Equal("APP-2026-000001", first.Value.Reference);
        Assert.Equal("APP-2026-000002", second.Value.Reference);
        var saved = await Applications.SaveDraftAsync(Colleague, first.Value.Id, first.ETag, Complete with { Contact = null });

        Assert.Equal(ApplicationStatus.Draft, saved.Value.Status);
        Assert.Equal(Complete.Plan!.Title, saved.Value.Title);
        Assert.Null(saved.Value.Draft!.Contact);
    }

    [Fact]
    public async Task A_stale_save_is_refused_and_the_newer_draft_survives()
    {
        var created = await Applications.CreateAsync(Applicant, ApplicationContent.Empty);
        await Applications.SaveDraftAsync(Applicant, created.Value.Id, created.ETag, Complete);

        await Assert.ThrowsAsync<DocumentConcurrencyException>(() =>
            Applications.SaveDraftAsync(Colleague, created.Value.Id, created.ETag, ApplicationContent.Empty));

        var stored = await Applications.GetAsync(Applicant, created.Value.Id);
        Assert.Equal(Complete.Plan!.Title, stored.Value.Draft!.Plan!.Title);
    }

    [Fact]
    public async Task A_malformed_draft_is_refused_and_nothing_stored_changes()
    {
        var created = await Applications.CreateAsync(Applicant, Complete);

        var refused = await Assert.ThrowsAsync<IntakeValidationException>(() =>
            Applications.SaveDraftAsync(Applicant, created.Value.Id, created.ETag, Complete with { Parties = [new Party { Country = "Narnia" }] }));

        Assert.Equal("parties[0].country", Assert.Single(refused.Problems).Field);
        var stored = await Applications.GetAsync(Applicant, created.Value.Id);
        Assert.Equal(created.ETag, stored.ETag);
    }

    [Fact]
    public async Task Submission_validates_everything_and_an_incomplete_draft_stays_a_draft()
    {
        var created = await Applications.CreateAsync(Applicant, Complete with { Plan = null });

        var refused = await Assert.ThrowsAsync<IntakeValidationException>(() => Applications.SubmitAsync(Applicant, created.Value.Id, created.ETag));

        Assert.Contains(refused.Problems, p => p.Field == "plan.title");
        var stored = await Applications.GetAsync(Applicant, created.Value.Id);
        Assert.Equal((ApplicationStatus.Draft, 0, created.ETag), (stored.Value.Status, stored.Value.VersionCount, stored.ETag));
    }

    [Fact]
    public async Task Submission_freezes_version_one_with_its_screening_and_assessment()
    {
        var created = await Applications.CreateAsync(Applicant, Complete);

        var submitted = await Applications.SubmitAsync(Applicant, created.Value.Id, created.ETag);

        Assert.Equal((ApplicationStatus.Submitted, 1, false), (submitted.Value.Status, submitted.Value.VersionCount, submitted.Value.HasPendingAmendment));
        Assert.Null(submitted.Value.Draft);
        var version = await Applications.GetVersionAsync(Regulator, created.Value.Id, 1);
        Assert.Equal(Complete, version.Content, ContentComparer.Instance);
        Assert.Equal(version.Assessment, submitted.Value.Assessment);
        Assert.Equal((int)version.Assessment.Tier, submitted.Value.Tier);
        Assert.Equal(Time.GetUtcNow().AddDays(version.Assessment.ReviewDays), submitted.Value.SlaDueAt);
        Assert.NotEmpty(version.Assessment.Factors);
        Assert.Equal(ScreeningStatus.NotScreened, submitted.Value.ScreeningStatus); // no list imported: never "clear"
        Assert.Equal(Complete.Parties.Count + 1, version.Screening.Count); // and the applicant organization itself
        var audit = await Host.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime), IntakeAuditEvents.Submitted);
        Assert.Equal(created.Value.Id, Assert.Single(audit).Subject);
    }

    [Fact]
    public async Task An_amendment_is_a_new_version_with_a_visible_diff()
    {
        var created = await Applications.CreateAsync(Applicant, Complete);
        var v1 = await Applications.SubmitAsync(Applicant, created.Value.Id, created.ETag);
        var amending = await Applications.StartAmendmentAsync(Applicant, v1.Value.Id, v1.ETag);
        Assert.True(amending.Value.HasPendingAmendment);
        var changed = await Applications.SaveDraftAsync(Applicant, v1.Value.Id, amending.ETag, amending.Value.Draft! with { RequestedDurationDays = 90 });

        var pending = await Applications.DiffAsync(Applicant, v1.Value.Id, 1, null);
        var v2 = await Applications.SubmitAsync(Applicant, v1.Value.Id, changed.ETag);
        var submittedDiff = await Applications.DiffAsync(Regulator, v1.Value.Id, 1, 2);

        Assert.Equal(2, v2.Value.VersionCount);
        Assert.Equal(new FieldChange("requestedDurationDays", "Requested duration days", "120", "90"), Assert.Single(pending));
        Assert.Equal(pending, submittedDiff);
        Assert.Equal([1, 2], (await Applications.ListVersionsAsync(Regulator, v1.Value.Id)).Select(v => v.Number));
        Assert.Equal(Complete.RequestedDurationDays, (await Applications.GetVersionAsync(Applicant, v1.Value.Id, 1)).Content.RequestedDurationDays);
    }

    [Fact]
    public async Task Submitting_again_without_changes_is_refused()
    {
        var created = await Applications.CreateAsync(Applicant, Complete);
        var submitted = await Applications.SubmitAsync(Applicant, created.Value.Id, created.ETag);

        await Assert.ThrowsAsync<CaseStateException>(() => Applications.SubmitAsync(Applicant, created.Value.Id, submitted.ETag));
    }

    [Fact]
    public async Task Applicants_see_only_their_organization_and_regulators_only_submitted_cases()
    {
        var draft = await Applications.CreateAsync(Applicant, Complete);
        var submitted = await Applications.CreateAsync(Applicant, Complete);
        await Applications.SubmitAsync(Applicant, submitted.Value.Id, submitted.ETag);

        await Assert.ThrowsAsync<CaseNotFoundException>(() => Applications.GetAsync(Outsider, draft.Value.Id));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => Applications.GetAsync(Regulator, draft.Value.Id));
        await Assert.ThrowsAsync<CaseForbiddenException>(() => Applications.SaveDraftAsync(Regulator, submitted.Value.Id, submitted.ETag, Complete));
        Assert.Equal(submitted.Value.Id, (await Applications.GetAsync(Auditor, submitted.Value.Id)).Value.Id);

        var mine = await Applications.ListAsync(Colleague, new ApplicationFilter { Sort = ApplicationSort.UpdatedNewest });
        var theirs = await Applications.ListAsync(Outsider, new ApplicationFilter { Sort = ApplicationSort.UpdatedNewest });
        var queue = await Applications.ListAsync(Regulator, new ApplicationFilter());

        Assert.Equal(2, mine.Items.Count);
        Assert.Empty(theirs.Items);
        Assert.Equal(submitted.Value.Id, Assert.Single(queue.Items).Value.Id);
    }

    [Fact]
    public async Task Only_applicants_with_an_organization_start_applications()
    {
        await Assert.ThrowsAsync<CaseForbiddenException>(() => Applications.CreateAsync(Regulator, Complete));
        await Assert.ThrowsAsync<CaseForbiddenException>(() => Applications.CreateAsync(new CaseActor("x", null, new HashSet<string>([SandboxRoles.Applicant])), Complete));
    }

    [Fact]
    public async Task A_withdrawn_application_cannot_be_changed()
    {
        var created = await Applications.CreateAsync(Applicant, Complete);
        var withdrawn = await Applications.WithdrawAsync(Applicant, created.Value.Id, created.ETag, "Project cancelled by the funder.");

        await Assert.ThrowsAsync<CaseStateException>(() => Applications.SaveDraftAsync(Applicant, created.Value.Id, withdrawn.ETag, Complete));
        Assert.Equal(ApplicationStatus.Withdrawn, (await Applications.GetAsync(Applicant, created.Value.Id)).Value.Status);
    }

    [Fact]
    public async Task The_regulator_queue_filters_and_sorts_by_sla()
    {
        var submittedCases = new List<PilotApplication>();
        foreach (var days in new[] { 150, 95, 120 })
        {
            var created = await Applications.CreateAsync(Applicant, Complete with { RequestedDurationDays = days });
            submittedCases.Add((await Applications.SubmitAsync(Applicant, created.Value.Id, created.ETag)).Value);
            Time.Advance(TimeSpan.FromHours(1));
        }

        var expectedOrder = submittedCases.OrderBy(c => c.SlaDueAt).Select(c => c.Id).ToList();

        var page = await Applications.ListAsync(Regulator, new ApplicationFilter { Sort = ApplicationSort.SlaDue, PageSize = 2 });
        var next = await Applications.ListAsync(Regulator, new ApplicationFilter { Sort = ApplicationSort.SlaDue, PageSize = 2, ContinuationToken = page.ContinuationToken });
        var tier = submittedCases[0].Tier!.Value;
        var byTier = await Applications.ListAsync(Regulator, new ApplicationFilter { Tier = tier, PageSize = 10 });

        Assert.Equal(expectedOrder, page.Items.Concat(next.Items).Select(i => i.Value.Id));
        Assert.Equal(submittedCases.Where(c => c.Tier == tier).Select(c => c.Id).Order(), byTier.Items.Select(i => i.Value.Id).Order());
    }

    private sealed class ContentComparer : IEqualityComparer<ApplicationContent>
    {
        public static ContentComparer Instance { get; } = new();

        public bool Equals(ApplicationContent? x, ApplicationContent? y) =>
            x is not null && y is not null && ApplicationDiff.Between(x, y).Count == 0;

        public int GetHashCode(ApplicationContent obj) => 0;
    }
}
