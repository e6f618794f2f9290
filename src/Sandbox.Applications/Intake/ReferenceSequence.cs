namespace Sandbox.Applications.Intake;

/// <summary>The last number handed out under a prefix and year, such as <c>APP-2026</c>.</summary>
public sealed record ReferenceSequence(string Id, long Last);
