namespace Sandbox.Applications.Tests.Screening;

/// <summary>Rows of a modified list and what changed relative to its base.</summary>
public sealed record ModifiedList(IReadOnlyList<string[]> Rows, IReadOnlyList<string> Added, IReadOnlyDictionary<string, string[]> Changed, IReadOnlyList<string> Removed);
