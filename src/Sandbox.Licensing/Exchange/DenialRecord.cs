namespace Sandbox.Licensing.Exchange;

/// <summary>A licence refused: who it was denied to, for what, where, why (refusal codes) and until when it is in force.</summary>
public sealed record DenialRecord : ExchangeRecord
{
    public required IReadOnlyList<ExchangeParty> Parties { get; init; }

    public required string EndUse { get; init; }

    public required IReadOnlyList<string> ReasonCodes { get; init; }

    public required DateOnly DecidedOn { get; init; }

    /// <summary>Periodic review; three years after <see cref="DecidedOn"/> unless given.</summary>
    public required DateOnly ReviewBy { get; init; }
}
