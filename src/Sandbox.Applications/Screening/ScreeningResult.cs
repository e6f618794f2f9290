namespace Sandbox.Applications.Screening;

/// <summary>What screening one name and country found, against which lists (and which version of them, <see cref="ListsStamp"/>).</summary>
public sealed record ScreeningResult(
    string Name,
    string? Country,
    DateTimeOffset ScreenedAt,
    string ListsStamp,
    IReadOnlyList<ScreenedList> Lists,
    IReadOnlyList<ScreeningMatch> Hits);
