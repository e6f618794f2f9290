namespace Sandbox.Provisioning.Provisioning;

/// <summary>What checking a sandbox against the installed template versions found or did.</summary>
/// <param name="NewerMajor">A newer major version that the sandbox cannot take: it needs a new licence.</param>
/// <param name="Blocked">Why a newer version of the same major was not applied (it would loosen the sandbox).</param>
public sealed record TemplateUpgradeOutcome(string SandboxId, string From, string To, bool Upgraded, string? NewerMajor, string? Blocked);
