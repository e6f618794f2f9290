namespace Sandbox.Licensing.Exchange;

/// <summary>
/// Records another feature contributes to the export (misuse case studies come from Oversight, which depends on
/// Licensing, not the other way round). The exporter asks every registered source; a source anonymizes its own
/// records, since only it knows its personal data, and the document is schema-checked as a whole.
/// </summary>
public interface IExchangeRecordSource
{
    /// <summary>The source's records issued by <paramref name="issuer"/>, only those since <paramref name="since"/> when given.</summary>
    Task<IReadOnlyList<ExchangeRecord>> RecordsAsync(ExchangeIssuer issuer, DateTimeOffset? since, CancellationToken cancellationToken);
}
