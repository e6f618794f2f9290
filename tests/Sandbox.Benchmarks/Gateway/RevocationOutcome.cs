using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sandbox.Domain.Licensing;

namespace Sandbox.Benchmarks.Gateway;

/// <summary>
/// Phase C read against the revocation: <see cref="CallStarted"/> is when <c>LicenceActions.ActAsync</c> was called,
/// <see cref="Committed"/> when it returned (the trigger stored and its activities run: licence status, tokens revoked).
/// A request counts as after the commit when it was <em>sent</em> after that instant; its answer must not be a 200.
/// </summary>
internal sealed record RevocationOutcome(IReadOnlyList<RequestSample> Samples, long CallStarted, long Committed, LicenceStatus StatusAfter, int ProbeStatus)
{
    public int AcceptedAfterCommit => Samples.Count(s => s.Started > Committed && s.Status == 200);

    /// <summary>Sent while the call ran and answered 200: the licence was read before its new status was written.</summary>
    public int AcceptedDuringCall => Samples.Count(s => s.Started >= CallStarted && s.Started <= Committed && s.Status == 200);

    /// <summary>Sent before the call, answered 200 after its return: checked before the revocation, still in flight.</summary>
    public int InFlightAtCommit => Samples.Count(s => s.Started < CallStarted && s.Ended > Committed && s.Status == 200);

    public bool Holds => AcceptedAfterCommit == 0 && StatusAfter == LicenceStatus.Revoked && ProbeStatus != 200;

    public string Describe()
    {
        var text = new StringBuilder();
        var before = Samples.Where(s => s.Started < CallStarted).ToList();
        var during = Samples.Where(s => s.Started >= CallStarted && s.Started <= Committed).ToList();
        var after = Samples.Where(s => s.Started > Committed).ToList();
        var lastAccepted = Samples.Where(s => s.Status == 200).Select(s => s.Started).DefaultIfEmpty(CallStarted).Max();
        var firstRefused = Samples.Where(s => s.Status != 200 && s.Started >= CallStarted).Select(s => s.Ended).DefaultIfEmpty(long.MaxValue).Min();
        text.AppendLine(CultureInfo.InvariantCulture, $"revocation call: {Ms(Committed - CallStarted):0.0} ms from call to return; licence status afterwards: {StatusAfter}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  before the call: {before.Count:N0} requests ({Statuses(before)})");
        text.AppendLine(CultureInfo.InvariantCulture, $"  sent during the call: {during.Count:N0} ({Statuses(during)}); accepted (200): {AcceptedDuringCall:N0}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  sent before the call, answered 200 after its return (in flight): {InFlightAtCommit:N0}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  sent after the return: {after.Count:N0} ({Statuses(after)}); accepted (200): {AcceptedAfterCommit:N0}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  last 200 was sent {Ms(lastAccepted - CallStarted):+0.0;-0.0} ms from the call; first refusal answered {(firstRefused == long.MaxValue ? "never" : $"{Ms(firstRefused - CallStarted):+0.0} ms")} from the call");
        text.Append(CultureInfo.InvariantCulture, $"  probe after the run: {ProbeStatus}");
        return text.ToString();
    }

    private static double Ms(long ticks) => ticks * 1000d / Stopwatch.Frequency;

    private static string Statuses(IEnumerable<RequestSample> samples)
    {
        var groups = samples.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {g.Count():N0}")).ToList();
        return groups.Count == 0 ? "none" : string.Join(", ", groups);
    }
}
