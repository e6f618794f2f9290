namespace Sandbox.Domain.Risk;

/// <summary>Points per distinct member present, summed, and never more than <paramref name="Cap"/> when one is set.</summary>
public sealed record CappedWeights<T>(IReadOnlyDictionary<T, int> Points, int? Cap)
    where T : struct, Enum;
