using Sandbox.Domain.Access;
using Sandbox.Storage.Queries;

namespace Sandbox.Identity.Users;

/// <summary>Roles are the fixed catalog in <see cref="SandboxRoles"/>, kept on the user document.</summary>
public sealed partial class DocumentUserStore
{
    public Task AddToRoleAsync(SandboxUser user, string roleName, CancellationToken cancellationToken)
    {
        var role = Canonical(roleName);
        if (!user.Roles.Contains(role))
        {
            user.Roles.Add(role);
        }

        return Task.CompletedTask;
    }

    public Task RemoveFromRoleAsync(SandboxUser user, string roleName, CancellationToken cancellationToken)
    {
        user.Roles.Remove(Canonical(roleName));
        return Task.CompletedTask;
    }

    public Task<IList<string>> GetRolesAsync(SandboxUser user, CancellationToken cancellationToken) =>
        Task.FromResult<IList<string>>([.. user.Roles]);

    public Task<bool> IsInRoleAsync(SandboxUser user, string roleName, CancellationToken cancellationToken) =>
        Task.FromResult(user.Roles.Contains(Canonical(roleName)));

    public async Task<IList<SandboxUser>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        var query = DocumentQuery.AcrossPartitions().Where(QueryFilter.ArrayContains("roles", Canonical(roleName))).Take(DocumentQuery.MaxPageSize);
        return await users.QueryAllAsync(query, cancellationToken).Select(Loaded).ToListAsync(cancellationToken);
    }

    /// <summary>Identity passes normalized (upper-case) role names; the catalog spells each role once.</summary>
    private static string Canonical(string roleName) =>
        SandboxRoles.All.FirstOrDefault(r => string.Equals(r, roleName, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"'{roleName}' is not a role of this system.");
}
