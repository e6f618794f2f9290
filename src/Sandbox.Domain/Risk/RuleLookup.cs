namespace Sandbox.Domain.Risk;

internal static class RuleLookup
{
    /// <summary>A weight the rule set must have; a missing one means the rules were never validated, which is a bug.</summary>
    public static int Weight<T>(this IReadOnlyDictionary<T, int> points, T key, string field)
        where T : struct, Enum =>
        points.TryGetValue(key, out var weight)
            ? weight
            : throw new InvalidOperationException($"The risk rules have no weight for {field}.{key}; validate rule sets when loading them.");
}
