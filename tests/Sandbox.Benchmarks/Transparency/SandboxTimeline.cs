using Sandbox.Provisioning.Environments;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// A sandbox's operation history as provisioning and the licence lifecycle write it, up to the cutoff, and the
/// intervals it was ready in (from <c>ready</c> or <c>reopen</c> to the next <c>suspend</c> or <c>close</c>).
/// </summary>
internal sealed class SandboxTimeline
{
    private readonly List<SandboxOperation> _history = [];
    private readonly List<ReadyInterval> _ready = [];
    private DateTimeOffset? _readySince;

    public IReadOnlyList<SandboxOperation> History => _history;

    public bool Created => _history.Count > 0;

    public SandboxStatus Status => _history.Count == 0 ? SandboxStatus.Provisioning : _history[^1].Step switch
    {
        "ready" or "reopen" => SandboxStatus.Ready,
        "suspend" => SandboxStatus.Suspended,
        "close" => SandboxStatus.Closed,
        "purge" => SandboxStatus.Deprovisioned,
        _ => SandboxStatus.Provisioning,
    };

    public DateTimeOffset? ClosedAt { get; private set; }

    public void Provision(DateTimeOffset at, IEnumerable<string> datasets)
    {
        if (!Step(at, "create", "From the licence's template."))
        {
            return;
        }

        var next = at;
        foreach (var dataset in datasets)
        {
            next = next.AddMinutes(1);
            Step(next, "dataset", $"{dataset}: synthetic rows generated.");
        }

        Open(next.AddMinutes(10), "ready");
    }

    public void Open(DateTimeOffset at, string step)
    {
        if (Created && _readySince is null && ClosedAt is null && Step(at, step, "Clients enabled, credentials issued."))
        {
            _readySince = at;
        }
    }

    public void Shut(DateTimeOffset at, bool final)
    {
        if (!Created || ClosedAt is not null || !Step(at, final ? "close" : "suspend", "Clients disabled, tokens and authorizations revoked."))
        {
            return;
        }

        if (_readySince is { } since)
        {
            _ready.Add(new ReadyInterval(since, at));
            _readySince = null;
        }

        if (final)
        {
            ClosedAt = at;
            Step(at.AddDays(30), "purge", "Retention ended: data chunks and export requests deleted.");
        }
    }

    /// <summary>The intervals, the one still open at the cutoff included.</summary>
    public List<ReadyInterval> Intervals() => _readySince is { } open ? [.. _ready, new ReadyInterval(open, null)] : [.. _ready];

    private bool Step(DateTimeOffset at, string step, string detail)
    {
        if (!SeedScope.BeforeCutoff(at) || (_history.Count > 0 && at < _history[^1].At))
        {
            return false;
        }

        _history.Add(new SandboxOperation(at, step, "succeeded", detail, "system"));
        return true;
    }
}
