namespace Sandbox.Domain.Applications;

/// <summary>What is wrong with one field, named by its JSON path (<c>parties[1].country</c>, <c>entries[3].crossReferences.euAnnexI</c>).</summary>
public sealed record FieldProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
