namespace Sandbox.Domain.Licensing;

/// <summary>One entry of a licence's status history: what it became, when, by whom and why.</summary>
public sealed record LicenceStatusChange(LicenceStatus Status, DateTimeOffset At, string ActorId, string ActorName, string Reason);
