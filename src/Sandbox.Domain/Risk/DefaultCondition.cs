namespace Sandbox.Domain.Risk;

/// <summary>A licence condition a tier attaches by default, such as <c>retention-days</c> 30.</summary>
/// <param name="Code">Lower-case and dash-separated, such as <c>aggregate-only</c>.</param>
/// <param name="MachineEnforceable">Whether the sandbox environment enforces it, rather than a person checking it.</param>
/// <param name="Value">The parameter, when the condition has one (days, cell size).</param>
public sealed record DefaultCondition(string Code, string Text, bool MachineEnforceable, int? Value = null);
