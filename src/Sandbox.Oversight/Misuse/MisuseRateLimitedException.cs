namespace Sandbox.Oversight.Misuse;

/// <summary>The reporter sent more reports this hour than allowed; nothing was stored.</summary>
public sealed class MisuseRateLimitedException(TimeSpan retryAfter)
    : Exception($"Too many reports from here this hour; try again in {Math.Ceiling(retryAfter.TotalMinutes)} minutes.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
