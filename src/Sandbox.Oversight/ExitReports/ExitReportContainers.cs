using Sandbox.Storage.Documents;

namespace Sandbox.Oversight.ExitReports;

public static class ExitReportContainers
{
    public static ContainerDefinition Reports { get; } =
        new("exit-reports", "/id", ["licenceId", "holderOrganizationId", "status", "published", "assembledAt"]);
}
