namespace Sandbox.Provisioning.Environments;

/// <summary>One entry of an environment's operation history, as a trusted research environment keeps it.</summary>
public sealed record SandboxOperation(DateTimeOffset At, string Step, string Outcome, string Detail, string Actor);
