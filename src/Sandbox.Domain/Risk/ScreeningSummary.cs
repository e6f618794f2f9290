namespace Sandbox.Domain.Risk;

/// <summary>Denied-party screening results over all parties, counted.</summary>
/// <param name="UnresolvedPotentialMatches">Hits a regulator has not yet adjudicated.</param>
/// <param name="ConfirmedMatches">Hits adjudicated as the listed party.</param>
/// <param name="AlliedDenialMatches">Essentially identical transactions an ally denied ("no undercut").</param>
public sealed record ScreeningSummary(int UnresolvedPotentialMatches, int ConfirmedMatches, int AlliedDenialMatches)
{
    public static ScreeningSummary Clear { get; } = new(0, 0, 0);
}
