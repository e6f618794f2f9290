namespace Sandbox.Oversight.Transparency;

/// <summary>
/// A published report, frozen: <see cref="ContentJson"/> is the suppressed report exactly as it was hashed
/// (<see cref="ContentSha256"/>) and as it is downloaded. Never replaced; a correction is a new revision that names the
/// one it supersedes, and both stay.
/// </summary>
/// <param name="Id">The period id for the first revision (<c>2026-Q3</c>), then <c>2026-Q3-r2</c>, …</param>
public sealed record PublishedTransparencyReport(
    string Id,
    string PeriodId,
    string PeriodLabel,
    int Revision,
    string? Supersedes,
    string? RevisionReason,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    string PublishedByName,
    string ContentSha256,
    string ContentJson)
{
    public static string IdFor(string periodId, int revision) =>
        revision == 1 ? periodId : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{periodId}-r{revision}");
}
