using Sandbox.Storage.Documents;

namespace Sandbox.Identity.Users;

/// <summary>Where accounts live: one partition per user, and one per unique key.</summary>
public static class UserContainers
{
    public static ContainerDefinition Users { get; } = new("users", "/id", ["normalizedUserName", "normalizedEmail", "organizationId", "roles", "createdAt"]);

    public static ContainerDefinition Keys { get; } = new("user-keys", "/id", ["userId"]);
}
