namespace Sandbox.Workflows.Instances;

/// <summary>A service-level clock: runs, pauses and resumes; its budget is fixed when it first starts.</summary>
public sealed class SlaClock
{
    public required string Name { get; init; }

    public required TimeSpan Budget { get; init; }

    public TimeSpan Elapsed { get; set; }

    public DateTimeOffset? RunningSince { get; set; }

    public DateTimeOffset StartedAt { get; init; }

    public bool Paused { get; set; }

    /// <summary>When the budget runs out if the clock keeps running; none while it is stopped.</summary>
    public DateTimeOffset? DueAt => RunningSince is { } since ? since + Budget - Elapsed : null;

    public TimeSpan Remaining(DateTimeOffset now) =>
        Budget - Elapsed - (RunningSince is { } since ? now - since : TimeSpan.Zero);

    public void Start(DateTimeOffset now)
    {
        Paused = false;
        RunningSince ??= now;
    }

    public void Stop(DateTimeOffset now, bool paused)
    {
        if (RunningSince is { } since)
        {
            Elapsed += now - since;
            RunningSince = null;
        }

        Paused = paused;
    }
}
