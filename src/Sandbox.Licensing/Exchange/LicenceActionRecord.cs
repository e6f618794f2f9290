namespace Sandbox.Licensing.Exchange;

/// <summary>A licence revoked or suspended: its reference, what it covered, the reason in words (anonymized) and when.</summary>
public abstract record LicenceActionRecord : TransactionRecord
{
    public required string LicenceReference { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset At { get; init; }
}
