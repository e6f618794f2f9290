namespace Sandbox.Domain.Sandboxes;

/// <summary>What is wrong with the shape of a query, at a JSON path in the request such as <c>filters[0].value</c>.</summary>
public sealed record QueryProblem(string Path, string Message);
