using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Risk;
using Sandbox.Licensing.Exchange;
using Sandbox.Oversight.Misuse;
using Sandbox.Oversight.Transparency;

namespace Sandbox.Oversight.Exchange;

/// <summary>
/// Turns a closed misuse report into an anonymized case study. Only structured facts are read: the allegation's
/// category, severity, response, origin, escalation, telemetry counts, the licence's tier and codes, the destination's
/// region, the holder's kind and country, and the months received and closed. The report's description, its reporter,
/// evidence, holder statements and every person's words and ids are never read, so they cannot leave. Pure.
/// </summary>
public static class MisuseCaseStudyWriter
{
    /// <summary>Closed with a response that acted on a licence; dismissed reports and those closed without action are not case studies.</summary>
    public static bool Qualifies(MisuseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report is { Status: MisuseStatus.Closed, ClosedAt: not null, Severity: not null, LicenceId: not null }
            && report.Response is MisuseResponse.Warning or MisuseResponse.AddedConditions or MisuseResponse.Suspension or MisuseResponse.Revocation;
    }

    /// <param name="destination">The ISO country the licensed technology goes to; only its region is written.</param>
    public static CaseStudyRecord Write(
        ExchangeIssuer issuer, MisuseReport report, RiskTier tier, Organization holder, IReadOnlyList<string> categories, IReadOnlyList<string> controlCodes, string destination)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(controlCodes);
        if (!Qualifies(report))
        {
            throw new ArgumentException($"Report {report.Id} is not a closed report with a response on a licence.", nameof(report));
        }

        var sourceId = SourceIdOf(report.Id);
        var generalized = ExchangeAnonymizer.Generalize(holder);
        var region = DestinationRegions.Of(destination);
        var conditions = report.Telemetry?.Conditions.Keys.Order(StringComparer.Ordinal).ToArray();
        var record = new CaseStudyRecord
        {
            RecordId = AlliedExchangeFormat.RecordId(issuer.Country, sourceId),
            SourceId = sourceId,
            Holder = generalized,
            Allegation = Allegation(report.Allegation),
            Severity = report.Severity!.Value.ToString().ToLowerInvariant(),
            Response = Response(report.Response!.Value),
            Origin = report.Source == MisuseSource.GatewayTelemetry ? "gateway-telemetry" : "report",
            Escalated = report.Escalated,
            RefusedConditions = conditions is { Length: > 0 } ? conditions : null,
            ClassificationCodes = categories,
            ControlCodes = controlCodes,
            Tier = (int)tier,
            DestinationRegion = region,
            ReceivedIn = Month(report.ReceivedAt),
            ClosedIn = Month(report.ClosedAt!.Value),
            Summary = "",
        };
        return record with { Summary = MisuseCaseStudySummary.Of(record, report.Telemetry?.Refusals) };
    }

    /// <summary>Stable for the report, so re-exports are idempotent on the ally's side, and not its reference or id.</summary>
    public static string SourceIdOf(string reportId) =>
        "misuse." + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reportId)))[..20];

    private static string Month(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Allegation(MisuseAllegation allegation) => allegation switch
    {
        MisuseAllegation.MisuseOfTechnology => "misuse-of-technology",
        MisuseAllegation.BreachOfConditions => "breach-of-conditions",
        _ => "other",
    };

    private static string Response(MisuseResponse response) => response switch
    {
        MisuseResponse.Warning => "warning",
        MisuseResponse.AddedConditions => "added-conditions",
        MisuseResponse.Suspension => "suspension",
        MisuseResponse.Revocation => "revocation",
        _ => throw new ArgumentOutOfRangeException(nameof(response), response, "Not a response exchanged as a case study."),
    };
}
