using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Applications.Classification;

/// <summary>Flags submitted cases whose items use a changed catalogue entry, so a regulator looks again.</summary>
public sealed class ReReviewFlagger(DocumentSet<PilotApplication> applications, AuditLog audit, TimeProvider time)
{
    private const int Attempts = 5;

    /// <returns>The references of the cases flagged.</returns>
    public async Task<IReadOnlyList<string>> FlagAsync(IReadOnlyList<EntryChange> changes, int catalogueVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var flagged = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var query = DocumentQuery.AcrossPartitions()
                .Where(QueryFilter.Equal("status", nameof(ApplicationStatus.Submitted)))
                .Where(QueryFilter.ArrayContains("classificationCodes", change.Code))
                .Take(DocumentQuery.MaxPageSize);
            await foreach (var found in applications.QueryAllAsync(query, cancellationToken))
            {
                var flag = new ReReviewFlag(change.Code, catalogueVersion, change.Summary, time.GetUtcNow());
                await FlagOneAsync(found, flag, cancellationToken);
                flagged.Add(found.Value.Reference);
            }
        }

        return [.. flagged];
    }

    private async Task FlagOneAsync(Versioned<PilotApplication> found, ReReviewFlag flag, CancellationToken cancellationToken)
    {
        var current = found;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await applications.ReplaceAsync(current.Value.FlagForReReview(flag), current.ETag, cancellationToken: cancellationToken);
                await audit.AppendAsync(IntakeAuditEvents.FlaggedForReReview, "system", current.Value.Id, AuditOutcome.Succeeded,
                    new Dictionary<string, string> { ["reference"] = current.Value.Reference, ["code"] = flag.ClassificationCode, ["reason"] = flag.Reason }, cancellationToken);
                return;
            }
            catch (DocumentConcurrencyException) when (attempt < Attempts)
            {
                current = await applications.ReadAsync(current.Value.Id, current.Value.Id, cancellationToken) ?? current;
            }
        }
    }
}
