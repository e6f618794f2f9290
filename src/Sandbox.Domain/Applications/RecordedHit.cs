namespace Sandbox.Domain.Applications;

/// <summary>A screening hit as recorded with the version it screened; adjudications are kept apart and looked up live.</summary>
public sealed record RecordedHit(
    string ListId,
    string EntryId,
    string ListedName,
    string MatchedName,
    double Score,
    bool HighConfidence,
    string EntryHash);
