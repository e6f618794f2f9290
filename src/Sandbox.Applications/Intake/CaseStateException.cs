namespace Sandbox.Applications.Intake;

/// <summary>The action does not apply to the application as it stands (or to this caller); nothing changed.</summary>
public sealed class CaseStateException(string message) : Exception(message);
