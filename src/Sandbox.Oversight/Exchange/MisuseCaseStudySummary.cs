using System.Globalization;
using System.Text;
using Sandbox.Licensing.Exchange;
using Sandbox.Oversight.Transparency;

namespace Sandbox.Oversight.Exchange;

/// <summary>The case study's summary in words, written from its structured fields alone (never from a person's text).</summary>
public static class MisuseCaseStudySummary
{
    public static string Of(CaseStudyRecord study, int? telemetryRefusals)
    {
        ArgumentNullException.ThrowIfNull(study);
        var text = new StringBuilder();
        var what = study.Allegation switch
        {
            "misuse-of-technology" => "Suspected misuse of a licensed technology",
            "breach-of-conditions" => "A suspected breach of a licence's conditions",
            _ => "Another suspected misuse",
        };
        var codes = study.ClassificationCodes.Concat(study.ControlCodes).Distinct(StringComparer.Ordinal).ToList();
        text.Append(CultureInfo.InvariantCulture, $"{what} (severity {study.Severity}) under a tier {study.Tier} pilot licence held by a {study.Holder!.Description}");
        text.Append(codes.Count > 0 ? $", for {string.Join(", ", codes)}" : "");
        text.Append(CultureInfo.InvariantCulture, $", destination region {Region(study.DestinationRegion)}. ");
        if (study.Origin == "gateway-telemetry")
        {
            var on = study.RefusedConditions is { Count: > 0 } conditions ? " on the conditions " + string.Join(", ", conditions) : "";
            text.Append(CultureInfo.InvariantCulture, $"Raised by the sandbox gateway after {telemetryRefusals ?? 0} refused requests{on}. ");
        }
        else
        {
            text.Append("Reported to the authority. ");
        }

        if (study.Escalated)
        {
            text.Append("A review clock ran out and the report was escalated to a senior regulator. ");
        }

        text.Append(CultureInfo.InvariantCulture, $"Received {study.ReceivedIn}, closed {study.ClosedIn}: {Outcome(study.Response)}.");
        return text.ToString();
    }

    private static string Region(string key) =>
        DestinationRegions.All.FirstOrDefault(r => r.Key == key).Label ?? "an unspecified region";

    private static string Outcome(string response) => response switch
    {
        "warning" => "the holder was warned",
        "added-conditions" => "stricter conditions were added to the licence",
        "suspension" => "the licence was suspended",
        _ => "the licence was revoked",
    };
}
