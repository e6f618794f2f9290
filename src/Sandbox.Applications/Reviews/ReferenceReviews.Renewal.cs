using System.Globalization;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Risk;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Reviews;

public sealed partial class ReferenceReviews
{
    /// <summary>
    /// Renews one subject on the version the administrator read (<paramref name="etag"/>, as listed): a new review date
    /// with the reason it still holds. A lapsed subject applies again at once. Audited.
    /// </summary>
    /// <exception cref="CaseForbiddenException">The actor is not an administrator.</exception>
    /// <exception cref="ReviewValidationException">The date or the reason breaks a rule.</exception>
    /// <exception cref="ReviewNotFoundException">Nothing of that kind and id is under review.</exception>
    /// <exception cref="DocumentConcurrencyException">It was renewed or changed since it was read.</exception>
    /// <exception cref="InvalidOperationException">The allied denial was withdrawn.</exception>
    public async Task<ReviewItem> RenewAsync(CaseActor actor, ReviewKind kind, string id, string etag, ReviewRenewalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(etag);
        if (!actor.IsAdministrator)
        {
            throw new CaseForbiddenException("Only administrators renew what is due for review.");
        }

        var (reviewBy, reason) = RenewalRules.Check(request, Today());
        var (subject, renewal) = kind == ReviewKind.AlliedDenial
            ? await RenewDenialAsync(id, etag, reviewBy, reason, actor.UserId, cancellationToken)
            : await RenewReferenceAsync(kind, id, etag, reviewBy, reason, actor.UserId, cancellationToken);
        await audit.AppendAsync(ReviewAuditEvents.Renewed, actor.UserId, subject, AuditOutcome.Succeeded, new Dictionary<string, string>
        {
            ["kind"] = ReviewKinds.Slug(kind),
            ["id"] = id,
            ["previousReviewBy"] = Iso(renewal.PreviousReviewBy),
            ["reviewBy"] = Iso(renewal.ReviewBy),
            ["reason"] = renewal.Reason,
        }, cancellationToken);
        if (kind == ReviewKind.AlliedDenial)
        {
            await RecordDenialRenewalAsync(id, renewal, cancellationToken);
        }

        return (await ListAsync(null, cancellationToken)).First(item => item.Kind == kind && string.Equals(item.Id, id, StringComparison.Ordinal));
    }

    private async Task<(string Subject, ReviewRenewal Renewal)> RenewReferenceAsync(
        ReviewKind kind, string id, string etag, DateOnly reviewBy, string reason, string renewedBy, CancellationToken cancellationToken)
    {
        var (version, dated) = await SubjectAsync(kind, id, cancellationToken);
        var recordId = ReviewRecord.IdFor(kind, id, version);
        var existing = await records.ReadAsync(recordId, recordId, cancellationToken);
        var renewal = new ReviewRenewal(existing?.Value.ReviewBy ?? dated, reviewBy, reason, renewedBy, time.GetUtcNow());
        if (existing is not null)
        {
            await records.ReplaceAsync(existing.Value.Renew(renewal), etag, cancellationToken: cancellationToken);
            return (recordId, renewal);
        }

        if (!string.Equals(etag, ReviewRecord.UnrenewedETag, StringComparison.Ordinal))
        {
            throw new DocumentConcurrencyException(ReviewContainers.Records.Name, recordId, recordId);
        }

        try
        {
            await records.CreateAsync(ReviewRecord.Start(kind, id, version, dated).Renew(renewal), cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Another administrator renewed it first.
            throw new DocumentConcurrencyException(ReviewContainers.Records.Name, recordId, recordId);
        }

        return (recordId, renewal);
    }

    /// <summary>The version in force holding the subject, and the review date that version gives it.</summary>
    private async Task<(int Version, DateOnly ReviewBy)> SubjectAsync(ReviewKind kind, string id, CancellationToken cancellationToken)
    {
        if (kind == ReviewKind.RiskRule)
        {
            var ruleSet = await rules.InForceAsync(cancellationToken);
            return RestrictiveRules.Contains(id) ? (ruleSet.Version, ruleSet.ReviewByOf(id)) : throw new ReviewNotFoundException(kind, id);
        }

        var version = await catalogue.InForceAsync(cancellationToken);
        return version.Find(id) is { } entry ? (version.Version, version.ReviewByOf(entry)) : throw new ReviewNotFoundException(kind, id);
    }

    private async Task<(string Subject, ReviewRenewal Renewal)> RenewDenialAsync(
        string id, string etag, DateOnly reviewBy, string reason, string renewedBy, CancellationToken cancellationToken)
    {
        var current = await denials.GetAsync(id, cancellationToken) ?? throw new ReviewNotFoundException(ReviewKind.AlliedDenial, id);
        var renewal = new ReviewRenewal(current.Value.ReviewBy, reviewBy, reason, renewedBy, time.GetUtcNow());
        try
        {
            await denials.ExtendReviewAsync(id, etag, reviewBy, cancellationToken);
        }
        catch (DocumentNotFoundException)
        {
            throw new ReviewNotFoundException(ReviewKind.AlliedDenial, id);
        }

        return (id, renewal);
    }

    /// <summary>The denial's history; the denial document itself already holds the new date, guarded by its ETag.</summary>
    private async Task RecordDenialRenewalAsync(string id, ReviewRenewal renewal, CancellationToken cancellationToken)
    {
        var recordId = ReviewRecord.IdFor(ReviewKind.AlliedDenial, id, null);
        var existing = (await records.ReadAsync(recordId, recordId, cancellationToken))?.Value
            ?? ReviewRecord.Start(ReviewKind.AlliedDenial, id, null, renewal.PreviousReviewBy);
        await records.UpsertAsync(existing.Renew(renewal), cancellationToken: cancellationToken);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
