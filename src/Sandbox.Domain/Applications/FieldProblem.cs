namespace Sandbox.Domain.Applications;

/// <summary>What is wrong with one field, named by its JSON path (<c>parties[1].country</c>).</summary>
public sealed record FieldProblem(string Field, string Message);
