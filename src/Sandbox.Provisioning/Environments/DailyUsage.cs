namespace Sandbox.Provisioning.Environments;

/// <summary>Queries a sandbox served on one UTC day (id = the day).</summary>
public sealed record DailyUsage(string Id, string SandboxId, int Queries);
