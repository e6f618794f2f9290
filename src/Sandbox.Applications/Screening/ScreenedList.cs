namespace Sandbox.Applications.Screening;

/// <summary>A list a screening ran against and how many entries it had: a list with no entries has not been imported.</summary>
public sealed record ScreenedList(string ListId, int EntryCount);
