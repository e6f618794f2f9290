using System.Globalization;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Benchmarks.Workflows;

/// <summary>
/// Told of every committed transition: for each timer firing, the lag from the time in the data (<c>dueAt</c>) to the
/// firing (the history entry's time) and to this notification (after the commit and the projection).
/// </summary>
internal sealed class LagObserver(int count, TimeProvider time) : IWorkflowObserver
{
    private readonly double[] _fired = Filled(count);
    private readonly double[] _told = Filled(count);
    private int _seen;
    private int _repeated;

    public int Seen => Volatile.Read(ref _seen);

    /// <summary>Notifications of a firing already seen (observers are told at least once).</summary>
    public int Repeated => Volatile.Read(ref _repeated);

    public IReadOnlyList<double> FiredLagMilliseconds => _fired;

    public IReadOnlyList<double> ToldLagMilliseconds => _told;

    public static int IndexOf(string instanceId) => int.Parse(instanceId.AsSpan(instanceId.LastIndexOf('-') + 1), CultureInfo.InvariantCulture);

    public Task TransitionedAsync(WorkflowInstance instance, HistoryEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.ActorKind != ActorKind.Timer)
        {
            return Task.CompletedTask;
        }

        var due = DateTimeOffset.Parse(instance.Data["dueAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var index = IndexOf(instance.Id);
        if (!double.IsNaN(Interlocked.Exchange(ref _fired[index], (entry.At - due).TotalMilliseconds)))
        {
            Interlocked.Increment(ref _repeated);
            return Task.CompletedTask;
        }

        _told[index] = (time.GetUtcNow() - due).TotalMilliseconds;
        Interlocked.Increment(ref _seen);
        return Task.CompletedTask;
    }

    private static double[] Filled(int count)
    {
        var values = new double[count];
        Array.Fill(values, double.NaN);
        return values;
    }
}
