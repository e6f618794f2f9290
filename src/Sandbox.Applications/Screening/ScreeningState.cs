namespace Sandbox.Applications.Screening;

/// <summary>
/// The one document that says the lists changed: every import that writes and every denial change gives it a new
/// <see cref="Stamp"/>; each node re-reads it at most every <see cref="ScreeningOptions.RecheckIntervalSeconds"/> and
/// rebuilds its index when the stamp is not the one it built from.
/// </summary>
public sealed record ScreeningState(string Id, string Stamp, DateTimeOffset ChangedAt, string Reason)
{
    public const string DocumentId = "lists";
}
