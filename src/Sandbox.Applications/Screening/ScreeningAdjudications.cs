using Sandbox.Domain.Screening;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Applications.Screening;

/// <summary>
/// Adjudication memory: a regulator's decision on a hit is remembered for the screened name and country (normalized,
/// <see cref="ScreeningSubject"/>) against one list entry, with the entry content it was made against. Screenings of
/// the same name and country carry it (<see cref="ScreeningMatch.Adjudication"/>) until the entry's content changes.
/// Role checks (regulators only) belong to the caller: the API's policies.
/// </summary>
public sealed class ScreeningAdjudications(
    DocumentSet<ScreeningAdjudication> adjudications,
    DocumentSet<ScreeningEntry> entries,
    DocumentSet<AlliedDenial> denials,
    AuditLog audit,
    TimeProvider time)
{
    public const int MaxReasonLength = 1000;

    /// <summary>
    /// Records a decision. The first one is created; deciding again replaces it only with the ETag of the adjudication
    /// the regulator saw (<see cref="RememberedAdjudication.ETag"/>), so concurrent decisions are detected, not lost.
    /// </summary>
    /// <exception cref="ScreeningValidationException">A field is missing or too long.</exception>
    /// <exception cref="DocumentNotFoundException">The entry is no longer listed (or the denial no longer in force).</exception>
    /// <exception cref="DocumentConcurrencyException">
    /// The entry changed since the regulator screened (its hash differs), or the adjudication changed since it was read
    /// (stale ETag, or one exists and no ETag was given).
    /// </exception>
    public async Task<Versioned<ScreeningAdjudication>> AdjudicateAsync(
        AdjudicationRequest request, string adjudicatedBy, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(adjudicatedBy);
        var (subject, reason) = Validate(request);
        var (container, currentHash) = await CurrentHashAsync(request.ListId, request.EntryId, cancellationToken);
        if (currentHash is null)
        {
            throw new DocumentNotFoundException(container, request.ListId, request.EntryId);
        }

        if (!string.Equals(currentHash, request.EntryHash, StringComparison.Ordinal))
        {
            throw new DocumentConcurrencyException(container, request.ListId, request.EntryId);
        }

        var id = ScreeningAdjudication.IdFor(request.ListId, request.EntryId);
        var existing = await adjudications.ReadAsync(subject.Key, id, cancellationToken);
        var adjudication = new ScreeningAdjudication
        {
            Id = id,
            Subject = subject.Key,
            ScreenedName = subject.NormalizedName,
            CountryKey = subject.CountryKey,
            ListId = request.ListId,
            EntryId = request.EntryId,
            EntryHash = currentHash,
            Outcome = request.Outcome,
            Reason = reason,
            AdjudicatedBy = adjudicatedBy,
            AdjudicatedAt = time.GetUtcNow(),
        };
        var saved = ifMatchETag is null
            ? await CreateAsync(adjudication, existing, cancellationToken)
            : await adjudications.ReplaceAsync(adjudication, ifMatchETag, cancellationToken: cancellationToken);
        var details = new Dictionary<string, string>
        {
            ["list"] = request.ListId,
            ["entry"] = request.EntryId,
            ["outcome"] = request.Outcome.ToString(),
            ["reason"] = reason,
            ["screenedName"] = subject.NormalizedName,
            ["country"] = subject.CountryKey ?? string.Empty,
            ["entryHash"] = currentHash,
        };
        if (existing is not null)
        {
            details["previousOutcome"] = existing.Value.Outcome.ToString();
        }

        await audit.AppendAsync(ScreeningAuditEvents.HitAdjudicated, adjudicatedBy, id, AuditOutcome.Succeeded, details, cancellationToken);
        return saved;
    }

    /// <summary>The adjudication remembered for this name and country against one entry, whatever the entry's content now.</summary>
    public async Task<Versioned<ScreeningAdjudication>?> GetAsync(
        string screenedName, string? country, string listId, string entryId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(listId);
        ArgumentException.ThrowIfNullOrWhiteSpace(entryId);
        var subject = ScreeningSubject.Create(screenedName, country);
        return await adjudications.ReadAsync(subject.Key, ScreeningAdjudication.IdFor(listId, entryId), cancellationToken);
    }

    /// <summary>Every adjudication remembered for one screened name and country (one partition).</summary>
    public async Task<IReadOnlyList<Versioned<ScreeningAdjudication>>> ForSubjectAsync(ScreeningSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return await adjudications.QueryAllAsync(DocumentQuery.InPartition(subject.Key).Take(DocumentQuery.MaxPageSize), cancellationToken).ToListAsync(cancellationToken);
    }

    private async Task<Versioned<ScreeningAdjudication>> CreateAsync(
        ScreeningAdjudication adjudication, Versioned<ScreeningAdjudication>? existing, CancellationToken cancellationToken)
    {
        // Replacing needs the ETag of the adjudication replaced: an existing one the caller did not see is a conflict.
        if (existing is not null)
        {
            throw new DocumentConcurrencyException(ScreeningContainers.Adjudications.Name, adjudication.Subject, adjudication.Id);
        }

        try
        {
            return await adjudications.CreateAsync(adjudication, cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException)
        {
            throw new DocumentConcurrencyException(ScreeningContainers.Adjudications.Name, adjudication.Subject, adjudication.Id);
        }
    }

    /// <summary>The content hash the entry has now, or null when it is not screened any more.</summary>
    private async Task<(string Container, string? Hash)> CurrentHashAsync(string listId, string entryId, CancellationToken cancellationToken)
    {
        if (listId == ScreeningLists.AlliedDenials)
        {
            var denial = await denials.ReadAsync(entryId, entryId, cancellationToken);
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            return (ScreeningContainers.AlliedDenials.Name, denial is not null && denial.Value.IsInForce(today) ? denial.Value.ToListedParty().ComputeContentHash() : null);
        }

        var entry = await entries.ReadAsync(listId, entryId, cancellationToken);
        return (ScreeningContainers.Entries.Name, entry?.Value.ContentHash);
    }

    private static (ScreeningSubject Subject, string Reason) Validate(AdjudicationRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ScreeningSubject? subject = null;
        if (request.ScreenedName is not { Length: > 0 and <= ScreeningService.MaxNameLength })
        {
            errors["screenedName"] = [$"The screened name is required, at most {ScreeningService.MaxNameLength} characters."];
        }
        else
        {
            try
            {
                subject = ScreeningSubject.Create(request.ScreenedName, request.Country);
            }
            catch (ArgumentException ex)
            {
                errors["screenedName"] = [ex.Message];
            }
        }

        foreach (var (field, value) in new[] { ("listId", request.ListId), ("entryId", request.EntryId), ("entryHash", request.EntryHash) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = ["Required: take it from the screening hit."];
            }
        }

        if (!Enum.IsDefined(request.Outcome))
        {
            errors["outcome"] = ["TrueMatch or FalsePositive."];
        }

        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            errors["reason"] = [$"A reason of 1 to {MaxReasonLength} characters is required."];
        }

        return errors.Count > 0
            ? throw new ScreeningValidationException("The adjudication", errors)
            : (subject!, reason!);
    }
}
