namespace Sandbox.Benchmarks.Workflows;

/// <summary>
/// The system clock moved by a constant: it ticks in real time (timers and delays are the system's), but its origin
/// can be set once, so timers scheduled ahead fall due from a chosen moment however long scheduling took.
/// </summary>
internal sealed class OffsetClock(DateTimeOffset startsAt) : TimeProvider
{
    private long _offsetTicks = (startsAt - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>From now on <see cref="GetUtcNow"/> reads <paramref name="now"/>, then runs on in real time.</summary>
    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - System.GetUtcNow()).Ticks);
}
