namespace Sandbox.Domain.Licensing;

/// <summary>The decision a licence was issued on, as recorded with it.</summary>
public sealed record LicenceDecisionRecord
{
    public required DecisionOutcome Outcome { get; init; }

    public required string DecidedById { get; init; }

    public required string DecidedByName { get; init; }

    /// <summary>The senior regulator who countersigned, when the tier needs one.</summary>
    public string? CountersignedById { get; init; }

    public string? CountersignedByName { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }

    public string? Rationale { get; init; }

    /// <summary>What the allies consulted answered (EU 2021/821 Art. 16), when an allied denial was consulted on.</summary>
    public string? AlliedConsultationSummary { get; init; }
}
