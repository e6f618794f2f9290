namespace Sandbox.Domain.Classification;

/// <summary>One change to one entry between two catalogue versions, with a sentence a reviewer can read.</summary>
public sealed record EntryChange(string Code, EntryChangeKind Kind, string Summary);
