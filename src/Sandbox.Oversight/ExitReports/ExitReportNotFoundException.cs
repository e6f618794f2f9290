namespace Sandbox.Oversight.ExitReports;

/// <summary>No exit report (or licence) with this id that the caller may see; the two are not told apart.</summary>
public sealed class ExitReportNotFoundException(string id) : Exception($"There is no exit report or licence '{id}' you can see.")
{
    public string Id { get; } = id;
}
