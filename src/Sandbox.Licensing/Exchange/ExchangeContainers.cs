using Sandbox.Storage.Documents;

namespace Sandbox.Licensing.Exchange;

public static class ExchangeContainers
{
    /// <summary>Imported exchange records (<see cref="ImportedExchangeRecord"/>), one partition each.</summary>
    public static ContainerDefinition Records { get; } = new("allied-exchange-records", "/id", ["issuerCountry", "type", "importedAt"]);
}
