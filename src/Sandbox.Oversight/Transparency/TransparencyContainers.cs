using Sandbox.Storage.Documents;

namespace Sandbox.Oversight.Transparency;

public static class TransparencyContainers
{
    public static ContainerDefinition Reports { get; } = new("transparency-reports", "/id", ["periodId", "publishedAt"]);
}
