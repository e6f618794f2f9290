namespace Sandbox.Oversight.ExitReports;

/// <summary>The holder's consent to publish, and how it wants to be named; given or withdrawn by a person of the holder.</summary>
public sealed record PublicationConsent(bool Given, HolderNaming Naming, DateTimeOffset At, string ActorId);

/// <summary>A regulator's approval to publish an accepted report.</summary>
public sealed record PublicationApproval(DateTimeOffset At, string ActorId);
