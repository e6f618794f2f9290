namespace Sandbox.Applications.Screening;

/// <summary>One entry an import added, changed (with the fields that changed, see <c>ListedPartyContent</c>) or removed.</summary>
public sealed record ScreeningEntryChange(string EntryId, ScreeningChangeKind Kind, string Name, IReadOnlyList<string> ChangedFields);
