namespace Sandbox.Domain.Applications;

/// <summary>What screening one party of a submitted version found.</summary>
public sealed record PartyScreening(int PartyIndex, string PartyName, string? Country, IReadOnlyList<RecordedHit> Hits);
