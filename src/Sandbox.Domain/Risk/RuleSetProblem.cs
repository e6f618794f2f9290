namespace Sandbox.Domain.Risk;

/// <summary>What is wrong with a rule set, and where: <c>safeguards.credits[4].points</c>.</summary>
public sealed record RuleSetProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
