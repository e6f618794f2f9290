using Sandbox.Storage.Documents;

namespace Sandbox.Storage.Queries;

/// <summary>A validated filter whose values are JSON primitives (string, bool, long, double).</summary>
public sealed record NormalizedFilter(FieldPath Field, FilterOperator Operator, IReadOnlyList<object> Values);
