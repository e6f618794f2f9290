using Sandbox.Applications.Classification;
using Sandbox.Applications.Reviews;
using Sandbox.Applications.Risk;
using Sandbox.Applications.Templates;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Risk;
using Sandbox.Identity.Organizations;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Intake;

/// <summary>
/// Turns a draft into a submitted version: full validation against the catalogue, template and applicant in force,
/// screening of every party, a risk assessment, then the frozen version and the updated case.
/// </summary>
public sealed class CaseSubmission(
    DocumentSet<PilotApplication> applications,
    DocumentSet<ApplicationVersion> versions,
    ClassificationCatalogue catalogue,
    RiskRuleBook rules,
    SandboxTemplateCatalog templates,
    OrganizationDirectory organizations,
    CaseScreening screening,
    ReferenceReviews reviews,
    TimeProvider time)
{
    /// <summary>A version document older than this that its application does not count is left from a failed submission.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    public async Task<Versioned<PilotApplication>> SubmitAsync(Versioned<PilotApplication> current, ApplicationContent content, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var now = time.GetUtcNow();
        var applicant = await ApplicantOfAsync(current.Value, cancellationToken);
        var inForce = await catalogue.InForceAsync(cancellationToken);
        var context = new SubmissionContext(DateOnly.FromDateTime(now.UtcDateTime), inForce.Entries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal), templates.Terms, applicant);
        var problems = ApplicationRules.ValidateForSubmission(content, context);
        if (problems.Count > 0)
        {
            throw new IntakeValidationException(problems);
        }

        var (screened, assessment, status) = await ScreenAndAssessAsync(
            content, inForce, await rules.InForceAsync(cancellationToken), applicant, context.Today, cancellationToken);
        var version = new ApplicationVersion
        {
            Id = ApplicationVersion.IdFor(current.Value.Id, current.Value.VersionCount + 1),
            ApplicationId = current.Value.Id,
            Number = current.Value.VersionCount + 1,
            Content = content,
            SubmittedAt = now,
            SubmittedBy = userId,
            CatalogueVersion = inForce.Version,
            Screening = CaseScreening.Record(screened),
            Assessment = assessment,
        };
        await StoreVersionAsync(version, cancellationToken);
        // The assessment's review days already carry the humanitarian terms (3 days when an expedited pilot qualifies).
        var submitted = current.Value.RecordSubmission(version, now.AddDays(assessment.ReviewDays), status);
        return await applications.ReplaceAsync(submitted, current.ETag, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Assesses the latest version again with the rules it was submitted under, after screening hits were adjudicated:
    /// the same version, rules and adjudications always give the same tier. Review dates are judged on the submission day.
    /// </summary>
    public async Task<Versioned<PilotApplication>> ReassessAsync(Versioned<PilotApplication> current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var application = current.Value;
        var version = (await versions.ReadAsync(application.Id, ApplicationVersion.IdFor(application.Id, application.VersionCount), cancellationToken))?.Value
            ?? throw new CaseStateException($"Application {application.Reference} has no submitted version to assess.");
        var applicant = await ApplicantOfAsync(application, cancellationToken);
        var catalogueVersion = await catalogue.GetAsync(version.CatalogueVersion, cancellationToken) ?? await catalogue.InForceAsync(cancellationToken);
        var ruleSet = await rules.GetAsync(version.Assessment.RulesVersion, cancellationToken) ?? await rules.InForceAsync(cancellationToken);
        var (_, assessment, status) = await ScreenAndAssessAsync(
            version.Content, catalogueVersion, ruleSet, applicant, DateOnly.FromDateTime(version.SubmittedAt.UtcDateTime), cancellationToken);
        var reassessed = application.Reassess(assessment, status, version.SubmittedAt.AddDays(assessment.ReviewDays));
        return await applications.ReplaceAsync(reassessed, current.ETag, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Screens and assesses the latest version again under the catalogue and rules in force now, without storing
    /// anything: what an extension or renewal is judged against.
    /// </summary>
    public async Task<(RiskAssessment Assessment, ScreeningStatus Status)> AssessUnderCurrentRulesAsync(PilotApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var version = (await versions.ReadAsync(application.Id, ApplicationVersion.IdFor(application.Id, application.VersionCount), cancellationToken))?.Value
            ?? throw new CaseStateException($"Application {application.Reference} has no submitted version to assess.");
        var applicant = await ApplicantOfAsync(application, cancellationToken);
        var (_, assessment, status) = await ScreenAndAssessAsync(
            version.Content, await catalogue.InForceAsync(cancellationToken), await rules.InForceAsync(cancellationToken), applicant,
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), cancellationToken);
        return (assessment, status);
    }

    internal async Task<Organization> ApplicantOfAsync(PilotApplication application, CancellationToken cancellationToken) =>
        (await organizations.GetAsync(application.OrganizationId, cancellationToken))?.Value
            ?? throw new CaseStateException("The applicant organization is no longer registered.");

    /// <summary>
    /// Screens the applicant and every party, then assesses with what screening found (a list not loaded counts as
    /// unresolved), under the entries and rules still in force on <paramref name="day"/> after their renewals.
    /// </summary>
    private async Task<(IReadOnlyList<CaseScreeningResult> Screened, RiskAssessment Assessment, ScreeningStatus Status)> ScreenAndAssessAsync(
        ApplicationContent content, CatalogueVersion catalogueVersion, RiskRuleSet ruleSet, Organization applicant, DateOnly day, CancellationToken cancellationToken)
    {
        var screened = await screening.ScreenAsync(content.Parties, applicant, cancellationToken);
        var summary = CaseScreening.SummarizeAgainstLists(screened);
        var renewedCatalogue = await reviews.WithRenewalsAsync(catalogueVersion, cancellationToken);
        var renewedRules = await reviews.WithRenewalsAsync(ruleSet, cancellationToken);
        var assessment = RiskAssessor.Assess(RiskInputs.From(content, renewedCatalogue, summary, applicant, day), renewedRules, day);
        return (screened, assessment, CaseScreening.StatusOf(summary, CaseScreening.ListsMissing(screened)));
    }

    /// <summary>
    /// Creates the version document. Its id is fixed by the number, so of two concurrent submissions of the same draft
    /// only one creates it; a document the application never came to count (a crash between the two writes) is replaced.
    /// </summary>
    private async Task StoreVersionAsync(ApplicationVersion version, CancellationToken cancellationToken)
    {
        try
        {
            await versions.CreateAsync(version, cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException)
        {
            var existing = await versions.ReadAsync(version.ApplicationId, version.Id, cancellationToken);
            if (existing is null || existing.Value.SubmittedAt > version.SubmittedAt - AbandonedAfter)
            {
                throw new CaseStateException("This application is being submitted in another request; read it again in a moment.");
            }

            await versions.ReplaceAsync(version, existing.ETag, cancellationToken: cancellationToken);
        }
    }
}
