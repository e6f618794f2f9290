namespace Sandbox.Applications.Intake;

/// <summary>The caller can see the application but may not do this to it.</summary>
public sealed class CaseForbiddenException(string message) : Exception(message);
