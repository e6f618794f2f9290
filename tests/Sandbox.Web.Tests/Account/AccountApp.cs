using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Identity.Audit;
using Sandbox.Identity.Organizations;
using Sandbox.Identity.Users;

namespace Sandbox.Web.Tests.Account;

/// <summary>The app on a fresh embedded store, shared by the tests of one class; each test uses its own accounts.</summary>
public sealed class AccountApp : IAsyncLifetime
{
    private readonly DateOnly _firstDay = Today();

    public SandboxAppFactory Factory { get; } = new();

    public OrganizationDirectory Organizations => Factory.Services.GetRequiredService<OrganizationDirectory>();

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@example.org";

    public BrowserSession NewSession() => new(Factory);

    /// <summary>Registers an applicant in a session of its own, so the caller starts signed out.</summary>
    public async Task<string> NewAccountAsync()
    {
        var email = NewEmail();
        using var session = NewSession();
        var registered = await session.RegisterAsync(email);
        Assert.Equal("/", registered.RedirectPath);
        return email;
    }

    public async Task<SandboxUser?> FindUserAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>().FindByEmailAsync(email);
    }

    public async Task<SandboxUser> UserAsync(string email) => await FindUserAsync(email) ?? throw new InvalidOperationException($"No account {email}.");

    public async Task GrantRoleAsync(string email, string role)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var granted = await users.AddToRoleAsync(user, role);
        Assert.True(granted.Succeeded, string.Join(", ", granted.Errors.Select(e => e.Description)));
    }

    /// <summary>The audit events about <paramref name="subject"/> since this app started, of one type if given.</summary>
    public async Task<IReadOnlyList<AuditEvent>> AuditEventsAsync(string subject, string? type = null)
    {
        var audit = Factory.Services.GetRequiredService<AuditLog>();
        var events = new List<AuditEvent>();
        for (var day = _firstDay; day <= Today(); day = day.AddDays(1))
        {
            events.AddRange(await audit.ReadDayAsync(day, type));
        }

        return events.Where(e => e.Subject == subject).ToList();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}
