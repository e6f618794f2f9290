namespace Sandbox.Applications.Intake;

/// <summary>The application does not exist, or the caller may not see it (the two are not told apart).</summary>
public sealed class CaseNotFoundException(string id) : Exception($"There is no application '{id}' you can see.")
{
    public string Id { get; } = id;
}
