using System.Globalization;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Risk;
using Sandbox.Domain.Screening;
using Sandbox.Storage.Documents;

namespace Sandbox.Applications.Reviews;

public sealed partial class ReferenceReviews
{
    private static IEnumerable<ReviewItem> EntryItems(
        CatalogueVersion version, RiskRuleSet ruleSet, Dictionary<string, Versioned<ReviewRecord>> renewed, DateOnly today) =>
        version.Entries.Select(entry => EntryItem(version, entry, ruleSet, renewed.GetValueOrDefault(entry.Code), today));

    private static ReviewItem EntryItem(CatalogueVersion version, ControlEntry entry, RiskRuleSet ruleSet, Versioned<ReviewRecord>? record, DateOnly today)
    {
        var points = ruleSet.Impact.Points.GetValueOrDefault(entry.ImpactRating);
        return Item(ReviewKind.ClassificationEntry, entry.Code, $"{entry.Code} {entry.Title}",
            string.Create(CultureInfo.InvariantCulture, $"Impact {entry.ImpactRating}: {points} points for the items classified under it"),
            version.Version, record?.Value.ReviewBy ?? version.ReviewByOf(entry), record, today);
    }

    private static IEnumerable<ReviewItem> RuleItems(RiskRuleSet ruleSet, Dictionary<string, Versioned<ReviewRecord>> renewed, DateOnly today) =>
        RestrictiveRules.All.Select(rule =>
        {
            var record = renewed.GetValueOrDefault(rule.Id);
            return Item(ReviewKind.RiskRule, rule.Id, $"Risk rule {rule.Id} (rule set v{ruleSet.Version.ToString(CultureInfo.InvariantCulture)})",
                rule.Restricts, ruleSet.Version, record?.Value.ReviewBy ?? ruleSet.ReviewByOf(rule.Id), record, today);
        });

    private static IEnumerable<ReviewItem> DenialItems(
        IReadOnlyList<Versioned<AlliedDenial>> active, Dictionary<string, Versioned<ReviewRecord>> history, DateOnly today) =>
        active.Select(denial =>
        {
            var value = denial.Value;
            var item = Item(ReviewKind.AlliedDenial, value.Id, $"{value.AuthorityCountry} denial {value.AuthorityReference}: {value.DeniedPartyName} ({value.PartyCountry})",
                $"Screened as an allied denial; no undercut for {value.ClassificationCode} to {value.PartyCountry}", null, value.ReviewBy, null, today);
            return item with { ETag = denial.ETag, LastRenewal = history.GetValueOrDefault(value.Id)?.Value.LastRenewal };
        });

    private static ReviewItem Item(
        ReviewKind kind, string id, string title, string restricts, int? referenceVersion, DateOnly reviewBy, Versioned<ReviewRecord>? record, DateOnly today)
    {
        var daysLeft = reviewBy.DayNumber - today.DayNumber;
        var due = daysLeft < 0 ? ReviewDue.Overdue : daysLeft <= DueSoonDays ? ReviewDue.DueSoon : ReviewDue.Later;
        return new(kind, id, title, restricts, referenceVersion, reviewBy, due, daysLeft, record?.Value.LastRenewal, record?.ETag ?? ReviewRecord.UnrenewedETag);
    }
}
