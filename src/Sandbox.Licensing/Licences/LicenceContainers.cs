using Sandbox.Storage.Documents;

namespace Sandbox.Licensing.Licences;

public static class LicenceContainers
{
    public static ContainerDefinition Licences { get; } =
        new ContainerDefinition("licences", "/id", ["reference", "holderOrganizationId", "applicationId", "status", "validTo", "issuedAt"])
            .WithCompositeIndex("holderOrganizationId", "issuedAt")
            .WithCompositeIndex("status", "validTo");

    public static ContainerDefinition Notifications { get; } = new("holder-notifications", "/organizationId", ["at"]);
}
