using Sandbox.Applications.Access;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Applications.Intake;

public sealed partial class PilotApplications
{
    /// <summary>
    /// One page of the applications the actor may see: an applicant's own organization's, or for
    /// regulators and auditors every application submitted at least once.
    /// </summary>
    public async Task<TypedPage<PilotApplication>> ListAsync(CaseActor actor, ApplicationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.PageSize is < 1 or > ApplicationFilter.MaxPageSize)
        {
            ThrowIfInvalid([new FieldProblem("pageSize", $"Ask for 1 to {ApplicationFilter.MaxPageSize} applications a page.")]);
        }

        var query = DocumentQuery.AcrossPartitions().Take(filter.PageSize).After(filter.ContinuationToken).Sorted(SortFor(filter.Sort ?? (actor.CanReadCases ? ApplicationSort.SlaDue : ApplicationSort.UpdatedNewest)));
        if (actor.CanReadCases)
        {
            query = query.Where(QueryFilter.AtLeast("versionCount", 1));
        }
        else if (actor.IsApplicant)
        {
            if (RevealsCaseState(filter))
            {
                ThrowIfInvalid([new FieldProblem("filter", "Applicants list their applications by status, category, expedited request or date; tier, screening, SLA and re-review are the regulator's.")]);
            }

            query = query.Where(QueryFilter.Equal("organizationId", actor.OrganizationId!));
        }
        else
        {
            throw new CaseForbiddenException("Only applicants, regulators and auditors can list applications.");
        }

        query = Narrow(query, filter);
        return await applications.QueryAsync(query, cancellationToken);
    }

    public async Task<IReadOnlyList<ApplicationVersion>> ListVersionsAsync(CaseActor actor, string id, CancellationToken cancellationToken = default) =>
        (await GetWithVersionsAsync(actor, id, cancellationToken)).Versions;

    /// <summary>The application and its versions, oldest first, read once each.</summary>
    public async Task<(PilotApplication Application, IReadOnlyList<ApplicationVersion> Versions)> GetWithVersionsAsync(CaseActor actor, string id, CancellationToken cancellationToken = default)
    {
        var application = (await GetAsync(actor, id, cancellationToken)).Value;
        var query = DocumentQuery.InPartition(application.Id).Sorted(SortOrder.Ascending("number")).Take(DocumentQuery.MaxPageSize);
        return (application, await versions.QueryAllAsync(query, cancellationToken).Select(v => v.Value).ToListAsync(cancellationToken));
    }

    public async Task<ApplicationVersion> GetVersionAsync(CaseActor actor, string id, int number, CancellationToken cancellationToken = default) =>
        (await GetWithVersionAsync(actor, id, number, cancellationToken)).Version;

    /// <summary>The application and one of its versions (<paramref name="number"/> null: the latest), read once each.</summary>
    public async Task<(PilotApplication Application, ApplicationVersion Version)> GetWithVersionAsync(CaseActor actor, string id, int? number, CancellationToken cancellationToken = default)
    {
        var application = (await GetAsync(actor, id, cancellationToken)).Value;
        var wanted = number ?? application.VersionCount;
        var found = wanted >= 1 && wanted <= application.VersionCount
            ? await versions.ReadAsync(application.Id, ApplicationVersion.IdFor(application.Id, wanted), cancellationToken)
            : null;
        return (application, found?.Value ?? throw new CaseStateException($"Application {application.Reference} has no version {wanted}; it has {application.VersionCount}."));
    }

    /// <summary>
    /// What changed from version <paramref name="from"/> to version <paramref name="to"/>; a null
    /// <paramref name="to"/> compares with the pending amendment (the applicant's organization only).
    /// </summary>
    public async Task<IReadOnlyList<FieldChange>> DiffAsync(CaseActor actor, string id, int from, int? to, CancellationToken cancellationToken = default)
    {
        var before = from == 0 ? ApplicationContent.Empty : (await GetVersionAsync(actor, id, from, cancellationToken)).Content;
        if (to is { } number)
        {
            return ApplicationDiff.Between(before, (await GetVersionAsync(actor, id, number, cancellationToken)).Content);
        }

        var application = await GetAsync(actor, id, cancellationToken);
        if (!actor.BelongsTo(application.Value.OrganizationId) || application.Value.Draft is not { } draft)
        {
            throw new CaseStateException($"Application {application.Value.Reference} has no pending amendment to compare.");
        }

        return ApplicationDiff.Between(before, draft);
    }

    /// <summary>Filters and sorts on the case side would let an applicant infer what regulators see (tipping-off).</summary>
    private static bool RevealsCaseState(ApplicationFilter filter) =>
        filter.Tier is not null || filter.Screening is not null || filter.DueBefore is not null || filter.NeedsReReview is not null
        || filter.Sort is ApplicationSort.SlaDue or ApplicationSort.SlaDueDescending or ApplicationSort.TierHighest or ApplicationSort.TierLowest;

    private static DocumentQuery Narrow(DocumentQuery query, ApplicationFilter filter)
    {
        if (filter.Status is { } status)
        {
            query = query.Where(QueryFilter.Equal("status", status.ToString()));
        }

        if (filter.Tier is { } tier)
        {
            query = query.Where(QueryFilter.Equal("tier", tier));
        }

        if (filter.Category is { } category)
        {
            query = query.Where(QueryFilter.Equal("endUseCategory", category.ToString()));
        }

        if (filter.DueBefore is { } due)
        {
            query = query.Where(QueryFilter.LessThan("slaDueAt", due));
        }

        if (filter.Expedited is { } expedited)
        {
            query = query.Where(QueryFilter.Equal("isExpedited", expedited));
        }

        if (filter.Screening is { } screening)
        {
            query = query.Where(QueryFilter.Equal("screeningStatus", screening.ToString()));
        }

        if (filter.NeedsReReview is { } reReview)
        {
            query = query.Where(QueryFilter.Equal("needsReReview", reReview));
        }

        return query;
    }

    private static SortOrder SortFor(ApplicationSort sort) => sort switch
    {
        ApplicationSort.SlaDueDescending => SortOrder.DescendingBy("slaDueAt"),
        ApplicationSort.SubmittedNewest => SortOrder.DescendingBy("lastSubmittedAt"),
        ApplicationSort.SubmittedOldest => SortOrder.Ascending("lastSubmittedAt"),
        ApplicationSort.TierHighest => SortOrder.DescendingBy("tier"),
        ApplicationSort.TierLowest => SortOrder.Ascending("tier"),
        ApplicationSort.UpdatedNewest => SortOrder.DescendingBy("updatedAt"),
        ApplicationSort.Reference => SortOrder.Ascending("reference"),
        _ => SortOrder.Ascending("slaDueAt"),
    };
}
