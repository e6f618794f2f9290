using System.Globalization;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Risk;

namespace Sandbox.Benchmarks.Queue;

/// <summary>
/// 10,000 submitted cases as the regulator queue holds them, from a fixed seed: tiers 1–4 (mostly
/// 1 and 2), five end-use categories, 6% withdrawn, screening mostly clear, SLA due dates spread over
/// 60 days from <see cref="Start"/>, 1–3 versions, 250 applicant organizations (about 40 cases each).
/// </summary>
internal static class QueueData
{
    public const int CaseCount = 10_000;
    public const int OrganizationCount = 250;

    /// <summary>The first SLA due date; the others fall within the 60 days after it.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly EndUseCategory[] Categories = Enum.GetValues<EndUseCategory>();
    private static readonly string[] Codes = ["SBX-INT-SYS", "SBX-INT-SW", "SBX-INT-TECH", "SBX-MOB-INTERCEPT", "SBX-IP-SURV", "SBX-LE-MONITOR", "SBX-BIO-ID", "SBX-GEO-TRACK"];

    public static string OrganizationId(int index) => "org-" + index.ToString("D4", CultureInfo.InvariantCulture);

    public static IEnumerable<PilotApplication> Cases()
    {
        var random = new Random(20261201);
        for (var i = 0; i < CaseCount; i++)
        {
            yield return Case(i, random);
        }
    }

    private static PilotApplication Case(int i, Random random)
    {
        var organization = random.Next(OrganizationCount);
        var tier = random.Next(100) switch { < 35 => 1, < 75 => 2, < 95 => 3, _ => 4 };
        var versions = random.Next(100) switch { < 70 => 1, < 92 => 2, _ => 3 };
        var created = Start.AddDays(-90).AddMinutes(random.Next(60 * 24 * 60));
        var submitted = created.AddHours(random.Next(1, 24 * 14));
        var lastSubmitted = submitted.AddDays((versions - 1) * random.Next(1, 6));
        var withdrawn = random.Next(100) < 6;
        var screening = random.Next(100) switch
        {
            < 2 => ScreeningStatus.NotScreened,
            < 82 => ScreeningStatus.Clear,
            < 97 => ScreeningStatus.PendingAdjudication,
            _ => ScreeningStatus.ConfirmedMatch,
        };
        var codes = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Codes[random.Next(Codes.Length)]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var updated = withdrawn ? lastSubmitted.AddDays(random.Next(1, 10)) : lastSubmitted;
        return new PilotApplication
        {
            Id = Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())) + Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())),
            Reference = "APP-2026-" + (i + 1).ToString("D6", CultureInfo.InvariantCulture),
            OrganizationId = OrganizationId(organization),
            OrganizationName = "Organization " + organization.ToString(CultureInfo.InvariantCulture),
            CreatedBy = "user-" + organization.ToString(CultureInfo.InvariantCulture) + "-" + random.Next(3).ToString(CultureInfo.InvariantCulture),
            CreatedAt = created,
            UpdatedAt = updated,
            Status = withdrawn ? ApplicationStatus.Withdrawn : ApplicationStatus.Submitted,
            VersionCount = versions,
            Title = "Pilot " + (i + 1).ToString(CultureInfo.InvariantCulture) + ": " + Categories[i % Categories.Length] + " trial of " + codes[0],
            EndUseCategory = Categories[random.Next(Categories.Length)],
            IsExpedited = random.Next(100) < 10,
            SubmittedAt = submitted,
            LastSubmittedAt = lastSubmitted,
            SlaDueAt = Start.AddMinutes(random.Next(60 * 24 * 60)),
            Tier = tier,
            Assessment = Assessment(tier, screening, random),
            ScreeningStatus = screening,
            ClassificationCodes = codes,
            ReReview = random.Next(100) < 3 ? [new ReReviewFlag(codes[0], 2, "The catalogue moved this item to a stricter control category.", Start.AddDays(-3))] : [],
            WithdrawalReason = withdrawn ? "The pilot partner left the consortium." : null,
        };
    }

    /// <summary>An assessment of the size real ones have: a handful of explained factors and the tier's default conditions.</summary>
    private static RiskAssessment Assessment(int tier, ScreeningStatus screening, Random random)
    {
        var impact = 10 * tier;
        var factors = new List<RiskFactor>
        {
            new("impact", "Highest impact item", impact, $"Highest impact item: {(tier >= 3 ? "Critical" : "Moderate")} (+{impact})"),
            new("exposure.population", "Affected population", random.Next(0, 15), "Affected population: between 1,000 and 100,000 people"),
            new("context.destination", "Destination", random.Next(0, 10), "Destination country has an adequacy decision"),
            new("duration", "Duration", random.Next(0, 8), "Pilot duration: 91 to 180 days"),
            new("safeguard.informed-consent", "Informed consent", -5, "Safeguard: informed consent of data subjects (-5)"),
        };
        if (screening == ScreeningStatus.PendingAdjudication)
        {
            factors.Add(new RiskFactor("screening.unresolved", "Unresolved screening hits", 10, "Unresolved screening hits: 1 party (+10)"));
        }

        var conditions = new List<DefaultCondition> { new("retention-days", "Delete raw data after the retention period.", true, 30) };
        if (tier >= 2)
        {
            conditions.Add(new DefaultCondition("aggregate-only", "Results leave the sandbox only as aggregates.", true));
        }

        if (tier >= 3)
        {
            conditions.Add(new DefaultCondition("independent-audit", "An independent audit before the pilot ends.", false));
        }

        var score = Math.Max(0, factors.Sum(f => f.Points));
        return new RiskAssessment(1, factors, score, (RiskTier)tier, $"Score {score} falls in tier {tier}", conditions, 10 * tier);
    }
}
