namespace Sandbox.Domain.Applications;

/// <summary>One field that differs between two versions; a null side means the field was empty or absent there.</summary>
public sealed record FieldChange(string Field, string Label, string? Before, string? After);
