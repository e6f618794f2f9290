namespace Sandbox.Oversight.Misuse;

/// <summary>No such report, or none this person may see: answered the same, so references cannot be probed.</summary>
public sealed class MisuseReportNotFoundException(string id) : Exception($"There is no misuse report '{id}' you can see.")
{
    public string Id { get; } = id;
}
