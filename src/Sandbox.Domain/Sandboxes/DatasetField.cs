namespace Sandbox.Domain.Sandboxes;

/// <summary>One column of a synthetic dataset: what it holds, how revealing it is, and how it is drawn.</summary>
public sealed record DatasetField
{
    public required string Name { get; init; }

    public required FieldType Type { get; init; }

    public required FieldClass Class { get; init; }

    public string? Description { get; init; }

    public required FieldGenerator Generator { get; init; }
}
