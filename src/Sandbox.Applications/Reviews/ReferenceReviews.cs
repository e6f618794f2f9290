using Sandbox.Applications.Classification;
using Sandbox.Applications.Risk;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Risk;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Applications.Reviews;

/// <summary>
/// Sunset and periodic review: the review dates of the catalogue entries and restrictive risk rules in force and of
/// the active allied denials, what is due, and renewals. Assessments read the catalogue and rules through
/// <see cref="WithRenewalsAsync(CatalogueVersion, CancellationToken)"/>, so a renewal counts without a new version.
/// </summary>
public sealed partial class ReferenceReviews(
    DocumentSet<ReviewRecord> records, ClassificationCatalogue catalogue, RiskRuleBook rules, AlliedDenialRegistry denials, AuditLog audit, TimeProvider time)
{
    /// <summary>What the dashboard calls due soon.</summary>
    public const int DueSoonDays = 90;

    public const int MaxDueWithinDays = 3650;

    /// <summary>
    /// Everything under review, soonest review date first; with <paramref name="dueWithinDays"/>, only what is overdue or
    /// due within that many days.
    /// </summary>
    public async Task<IReadOnlyList<ReviewItem>> ListAsync(int? dueWithinDays = null, CancellationToken cancellationToken = default)
    {
        if (dueWithinDays is < 0 or > MaxDueWithinDays)
        {
            throw new ReviewValidationException(new Dictionary<string, string[]>
            {
                ["dueWithinDays"] = [$"Give a number of days from 0 to {MaxDueWithinDays}."],
            });
        }

        var today = Today();
        var catalogueInForce = await catalogue.InForceAsync(cancellationToken);
        var rulesInForce = await rules.InForceAsync(cancellationToken);
        var items = new List<ReviewItem>();
        items.AddRange(EntryItems(catalogueInForce, rulesInForce, await RecordsAsync(ReviewKind.ClassificationEntry, catalogueInForce.Version, cancellationToken), today));
        items.AddRange(RuleItems(rulesInForce, await RecordsAsync(ReviewKind.RiskRule, rulesInForce.Version, cancellationToken), today));
        items.AddRange(DenialItems(await denials.ListAsync(Domain.Screening.AlliedDenialStatus.Active, cancellationToken),
            await RecordsAsync(ReviewKind.AlliedDenial, null, cancellationToken), today));
        return [.. items.Where(item => dueWithinDays is not { } days || item.DaysLeft <= days)
            .OrderBy(item => item.ReviewBy).ThenBy(item => item.Kind).ThenBy(item => item.Id, StringComparer.Ordinal)];
    }

    /// <summary>The catalogue with each entry's review date as renewed.</summary>
    public async Task<CatalogueVersion> WithRenewalsAsync(CatalogueVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var renewed = await RecordsAsync(ReviewKind.ClassificationEntry, version.Version, cancellationToken);
        return renewed.Count == 0 ? version : version with
        {
            Entries = [.. version.Entries.Select(entry => renewed.TryGetValue(entry.Code, out var record) ? entry with { ReviewBy = record.Value.ReviewBy } : entry)],
        };
    }

    /// <summary>The rule set with each restrictive rule's review date as renewed.</summary>
    public async Task<RiskRuleSet> WithRenewalsAsync(RiskRuleSet ruleSet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var renewed = await RecordsAsync(ReviewKind.RiskRule, ruleSet.Version, cancellationToken);
        return renewed.Count == 0 ? ruleSet : ruleSet with
        {
            ReviewBy = RestrictiveRules.All.ToDictionary(
                rule => rule.Id, rule => renewed.TryGetValue(rule.Id, out var record) ? record.Value.ReviewBy : ruleSet.ReviewByOf(rule.Id), StringComparer.Ordinal),
        };
    }

    private async Task<Dictionary<string, Versioned<ReviewRecord>>> RecordsAsync(ReviewKind kind, int? referenceVersion, CancellationToken cancellationToken)
    {
        var query = DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("kind", kind)).Take(DocumentQuery.MaxPageSize);
        if (referenceVersion is { } version)
        {
            query = query.Where(QueryFilter.Equal("referenceVersion", version));
        }

        var found = await records.QueryAllAsync(query, cancellationToken).ToListAsync(cancellationToken);
        return found.Where(record => record.Value.ReferenceVersion == referenceVersion)
            .ToDictionary(record => record.Value.SubjectId, StringComparer.Ordinal);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
