namespace Sandbox.Licensing.Exchange;

/// <summary>A licence refused: who it was denied to, for what, where, why (refusal codes) and until when it is in force.</summary>
public sealed record DenialRecord : TransactionRecord
{
    public required IReadOnlyList<ExchangeParty> Parties { get; init; }

    public required string EndUse { get; init; }

    public required IReadOnlyList<string> ReasonCodes { get; init; }

    public required DateOnly DecidedOn { get; init; }

    /// <summary>Periodic review; three years after <see cref="DecidedOn"/> unless given.</summary>
    public required DateOnly ReviewBy { get; init; }

    /// <summary>In force through its review-by day, as screening and the "no undercut" check count it (<c>AlliedDenial.IsInForce</c>).</summary>
    public bool IsInForceOn(DateOnly today) => ReviewBy >= today;
}
