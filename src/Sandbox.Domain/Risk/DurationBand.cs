namespace Sandbox.Domain.Risk;

/// <summary>A pilot of at most <paramref name="UpToDays"/> days (and longer than the previous band) scores <paramref name="Points"/>.</summary>
public sealed record DurationBand(int UpToDays, int Points);
