namespace Sandbox.Applications.Screening;

/// <summary>An import that was not applied: another import of the list holds its lock, or the file would delist too much.</summary>
public sealed class ScreeningImportRefusedException(string message) : InvalidOperationException(message);
