namespace Sandbox.Applications.Intake;

/// <summary>An internal note on a case, visible to regulators and auditors only; notes are never edited.</summary>
public sealed record CaseNote(string Id, string ApplicationId, string AuthorId, string AuthorName, DateTimeOffset At, string Text);
