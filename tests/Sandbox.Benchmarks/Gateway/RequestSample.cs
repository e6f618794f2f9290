namespace Sandbox.Benchmarks.Gateway;

/// <summary>One request of a load run: when it was sent and when its response was read (<see cref="System.Diagnostics.Stopwatch"/> ticks), and its status (0: no response).</summary>
internal readonly record struct RequestSample(long Started, long Ended, int Status)
{
    public double Milliseconds => (Ended - Started) * 1000d / System.Diagnostics.Stopwatch.Frequency;
}
