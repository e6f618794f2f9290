namespace Sandbox.Oversight.ExitReports;

/// <summary>
/// What a sandbox did, from the audit log and the airlock: gateway requests, the queries answered, the refusals by
/// condition (sorted by condition, so the same records always give the same list) and the exports.
/// </summary>
public sealed record SandboxActivity(string SandboxId, int Requests, int QueriesAnswered, IReadOnlyList<ConditionCount> Refusals, ExportFigures Exports)
{
    public int RefusalTotal => Refusals.Sum(r => r.Count);
}
