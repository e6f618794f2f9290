namespace Sandbox.Domain.Risk;

/// <summary>One line of the assessment: what was looked at, what it added (or, as a credit, took off), and why.</summary>
/// <param name="Code">Stable and machine-readable, such as <c>impact</c> or <c>safeguard.informed-consent</c>.</param>
/// <param name="Points">Positive for risk, negative for credits; zero for factors shown for transparency.</param>
/// <param name="Explanation">The whole line as a person reads it: "Highest impact item: Critical (+40)".</param>
public sealed record RiskFactor(string Code, string Label, int Points, string Explanation);
