namespace Sandbox.Identity.Audit;

/// <summary>
/// One audited event. Partitioned by UTC day so partitions stay bounded; ids sort by time, so the
/// hash-chained log of a later issue can take the events over in order.
/// </summary>
public sealed record AuditEvent(
    string Id,
    string Day,
    DateTimeOffset At,
    string Type,
    string Actor,
    string Subject,
    AuditOutcome Outcome,
    IReadOnlyDictionary<string, string> Details);
