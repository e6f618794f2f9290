namespace Sandbox.Domain.Classification;

/// <summary>What is wrong with a catalogue version, and where: <c>entries[3].crossReferences.euAnnexI</c>.</summary>
public sealed record CatalogueProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
