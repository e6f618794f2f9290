using System.Globalization;
using Microsoft.Extensions.Options;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Oversight.Transparency;

/// <summary>
/// Previews (exact figures, for regulators), publishes (suppressed, frozen, hashed, audited; once per period unless a
/// new revision is asked for; never a period overlapping a published one) and reads the published transparency reports.
/// </summary>
public sealed class TransparencyReports(
    TransparencyCalculator calculator, DocumentSet<PublishedTransparencyReport> published, AuditLog audit, IOptions<TransparencyOptions> options, TimeProvider time)
{
    public int MinimumCount => options.Value.MinimumCount;

    /// <summary>The period a request names, checked against today; null with the problems by field.</summary>
    public ReportPeriod? Period(PeriodRequest request, out IReadOnlyDictionary<string, string[]> problems) =>
        PeriodRules.Validate(request, time.GetUtcNow(), out problems);

    public Task<TransparencyReport> PreviewAsync(ReportPeriod period, CancellationToken cancellationToken = default) =>
        calculator.ComputeAsync(period, cancellationToken);

    /// <summary>What the public would see of these figures.</summary>
    public TransparencyReport PublicView(TransparencyReport exact) => TransparencySuppressor.Apply(exact, MinimumCount);

    /// <summary>The reason of a revision is published with it.</summary>
    public const int MaxReasonLength = 1000;

    public async Task<PublishedTransparencyReport> PublishAsync(
        ReportPeriod period, string publisherId, string publisherName, bool newRevision = false, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisherId);
        if (!period.Complete)
        {
            throw new TransparencyPublishException(PublishProblem.PeriodNotEnded, $"{period.Label} has not ended; publish it from {period.End:yyyy-MM-dd} on, when its figures can no longer change.");
        }

        var revisions = await RevisionsAsync(period.Id, cancellationToken);
        if (revisions.Count > 0 && !newRevision)
        {
            throw new TransparencyPublishException(PublishProblem.AlreadyPublished,
                $"The report for {period.Label} was published on {revisions[^1].PublishedAt:yyyy-MM-dd HH:mm} UTC; to correct it, publish a new revision with a reason (the published one stays).");
        }

        if (revisions.Count == 0 && await OverlappingAsync(period, cancellationToken) is { } other)
        {
            throw new TransparencyPublishException(PublishProblem.OverlapsPublished,
                $"{period.Label} overlaps the published report for {other.Label} ({other.First:yyyy-MM-dd} to {other.Last:yyyy-MM-dd}): " +
                "subtracting one from the other would reveal the counts that suppression hides. Publish a period that overlaps no published one; correct a published report with a new revision.");
        }

        if (revisions.Count > 0 && (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength))
        {
            throw new TransparencyPublishException(PublishProblem.ReasonRequired, $"Say in at most {MaxReasonLength} characters why a new revision replaces the published report.");
        }

        var content = TransparencyJson.Serialize(PublicView(await calculator.ComputeAsync(period, cancellationToken)));
        var revision = revisions.Count + 1;
        var report = new PublishedTransparencyReport(
            PublishedTransparencyReport.IdFor(period.Id, revision), period.Id, period.Label, revision, revisions.Count > 0 ? revisions[^1].Id : null,
            revisions.Count > 0 ? reason!.Trim() : null, time.GetUtcNow(), publisherId, publisherName, TransparencyJson.Sha256(content), content);
        Versioned<PublishedTransparencyReport> created;
        try
        {
            created = await published.CreateAsync(report, cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException ex)
        {
            throw new TransparencyPublishException(PublishProblem.AlreadyPublished, $"Revision {revision} of the report for {period.Label} was published at the same moment by someone else.", ex);
        }

        await AuditAsync(created, cancellationToken);
        return created.Value;
    }

    /// <summary>Every published report, newest first; a period's reports are few, and periods are counted in years.</summary>
    public async Task<IReadOnlyList<PublishedReportSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<PublishedTransparencyReport>();
        await foreach (var report in published.QueryAllAsync(DocumentQuery.AcrossPartitions().Take(200), cancellationToken))
        {
            all.Add(report.Value);
        }

        var latest = all.GroupBy(r => r.PeriodId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(r => r.Revision), StringComparer.Ordinal);
        return [.. all.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new PublishedReportSummary(r.Id, r.PeriodId, r.PeriodLabel, r.Revision, r.Supersedes, r.PublishedAt, r.ContentSha256, latest[r.PeriodId] == r.Revision))];
    }

    public async Task<PublishedTransparencyReport?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(id) ? null : (await published.ReadAsync(id, id, cancellationToken))?.Value;

    /// <summary>
    /// A published period that shares a day with this one. Published periods never overlap: a year and one of its
    /// quarters, both published, would give the rest of the year exactly, small counts included.
    /// </summary>
    private async Task<(string Label, DateOnly First, DateOnly Last)?> OverlappingAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        await foreach (var report in published.QueryAllAsync(DocumentQuery.AcrossPartitions(), cancellationToken))
        {
            var (first, last) = PeriodRules.DaysOf(report.Value.PeriodId);
            if (report.Value.PeriodId != period.Id && first <= period.LastDay && period.FirstDay <= last)
            {
                return (report.Value.PeriodLabel, first, last);
            }
        }

        return null;
    }

    private async Task<List<PublishedTransparencyReport>> RevisionsAsync(string periodId, CancellationToken cancellationToken)
    {
        var revisions = new List<PublishedTransparencyReport>();
        await foreach (var report in published.QueryAllAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("periodId", periodId)), cancellationToken))
        {
            revisions.Add(report.Value);
        }

        return [.. revisions.OrderBy(r => r.Revision)];
    }

    /// <summary>A report nobody can account for must not stay public: if the audit entry cannot be written, it is withdrawn.</summary>
    private async Task AuditAsync(Versioned<PublishedTransparencyReport> created, CancellationToken cancellationToken)
    {
        var report = created.Value;
        try
        {
            await audit.AppendAsync(TransparencyAuditEvents.Published, report.PublishedBy, report.Id, AuditOutcome.Succeeded, new Dictionary<string, string>
            {
                ["period"] = report.PeriodId,
                ["revision"] = report.Revision.ToString(CultureInfo.InvariantCulture),
                ["sha256"] = report.ContentSha256,
                ["supersedes"] = report.Supersedes ?? "",
            }, cancellationToken);
        }
        catch
        {
            await published.DeleteAsync(report.Id, report.Id, created.ETag, CancellationToken.None);
            throw;
        }
    }
}
