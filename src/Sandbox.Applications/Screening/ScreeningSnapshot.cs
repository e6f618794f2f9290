using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Screening;

/// <summary>The index one node screens with, the stamp it was built from and when the stamp was last checked.</summary>
internal sealed record ScreeningSnapshot(
    ScreeningIndex Index,
    IReadOnlyDictionary<(string List, string Entry), string> Hashes,
    IReadOnlyList<ScreenedList> Lists,
    string Stamp,
    DateOnly Day,
    DateTimeOffset CheckedAt);
