namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// A well-formed query the licence does not allow: <paramref name="Condition"/> is the camelCase <c>LicenceConditions</c>
/// property that refused it, <paramref name="Path"/> the part of the request it refused, when there is one.
/// </summary>
public sealed record ConditionRefusal(string Condition, string Detail, string? Path);
