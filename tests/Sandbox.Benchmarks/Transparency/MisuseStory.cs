using System.Globalization;
using Sandbox.Oversight.Misuse;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// Misuse reports received over the whole span: triaged within days (a severity), closed within weeks or months
/// (a response); one not triaged or not closed by the cutoff is untriaged or open.
/// </summary>
internal static class MisuseStory
{
    private static readonly (MisuseSeverity Severity, string Key)[] Severities =
        [(MisuseSeverity.Low, "low"), (MisuseSeverity.Low, "low"), (MisuseSeverity.Medium, "medium"), (MisuseSeverity.Medium, "medium"), (MisuseSeverity.High, "high"), (MisuseSeverity.Critical, "critical")];

    private static readonly (MisuseResponse Response, string Key)[] Responses =
    [
        (MisuseResponse.Dismissed, "dismissed"), (MisuseResponse.Dismissed, "dismissed"), (MisuseResponse.NoAction, "no-action"), (MisuseResponse.NoAction, "no-action"),
        (MisuseResponse.Warning, "warning"), (MisuseResponse.AddedConditions, "added-conditions"), (MisuseResponse.Suspension, "suspension"), (MisuseResponse.Revocation, "revocation"),
    ];

    public static MisuseReport Next(Random random, SeededFacts facts, int index)
    {
        var receivedAt = random.Between(SeedScope.FirstSubmission, SeedScope.Cutoff);
        var triagedAt = receivedAt + random.Days(0.5, 10);
        var closedAt = triagedAt + random.Days(10, 120);
        var triaged = SeedScope.BeforeCutoff(triagedAt);
        var closed = triaged && SeedScope.BeforeCutoff(closedAt);
        var severity = random.Pick(Severities);
        var response = random.Pick(Responses);
        facts.Misuse.Add(new MisuseFact(receivedAt, triaged ? severity.Key : "untriaged", closed ? response.Key : "open"));
        var reference = string.Create(CultureInfo.InvariantCulture, $"MIS-{receivedAt.Year}-{index + 1:D6}");
        return new MisuseReport
        {
            Id = "mis-" + random.HexId()[..20],
            Reference = reference,
            Source = random.Chance(40) ? MisuseSource.Anonymous : MisuseSource.SignedIn,
            Allegation = random.Chance(70) ? MisuseAllegation.BreachOfConditions : MisuseAllegation.MisuseOfTechnology,
            Description = "The holder is said to share raw identifiers from the sandbox with a third party.",
            ReceivedAt = receivedAt,
            Status = closed ? MisuseStatus.Closed : triaged ? MisuseStatus.Investigation : MisuseStatus.Triage,
            Severity = triaged ? severity.Severity : null,
            TriagedAt = triaged ? triagedAt : null,
            Response = closed ? response.Response : null,
            ClosedAt = closed ? closedAt : null,
        };
    }
}
