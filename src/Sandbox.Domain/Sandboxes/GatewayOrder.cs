namespace Sandbox.Domain.Sandboxes;

/// <summary>Sorts by a result column: a selected field, a group-by field or an aggregate's column. Nulls come first ascending.</summary>
public sealed record GatewayOrder(string Column, bool Descending = false);
