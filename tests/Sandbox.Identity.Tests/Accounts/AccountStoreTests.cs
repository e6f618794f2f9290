using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sandbox.Domain.Access;
using Sandbox.Identity.Users;
using Sandbox.Storage.Documents;

namespace Sandbox.Identity.Tests.Accounts;

/// <summary>ASP.NET Core Identity on the document store, through <see cref="UserManager{TUser}"/>; runs on every provider.</summary>
public abstract partial class AccountStoreTests : IAsyncLifetime
{
    protected const string StrongPassword = "Correct-Horse-42-Battery";

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    protected IdentityTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await IdentityTestHost.StartAsync(CreateStore(), Time);

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();

    protected abstract IDocumentStore CreateStore();

    protected static SandboxUser NewUser(string name, string? email = null) =>
        new() { UserName = name, Email = email ?? name + "@example.org", DisplayName = name, OrganizationId = "org-1" };

    protected async Task<SandboxUser> CreateAsync(string name, string? email = null)
    {
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        var user = NewUser(name, email);
        AssertSucceeded(await users.CreateAsync(user, StrongPassword));
        return user;
    }

    protected static void AssertSucceeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code + ": " + e.Description)));

    protected static void AssertFailedWith(IdentityResult result, string code) =>
        Assert.Contains(result.Errors, e => e.Code == code);

    [Fact]
    public async Task A_created_account_is_found_by_id_name_and_email()
    {
        var created = await CreateAsync("alice", "Alice@Example.org");
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();

        Assert.Equal(created.Id, (await users.FindByIdAsync(created.Id))!.Id);
        Assert.Equal(created.Id, (await users.FindByNameAsync("ALICE"))!.Id);
        Assert.Equal(created.Id, (await users.FindByEmailAsync("alice@example.org"))!.Id);
        Assert.Null(await users.FindByNameAsync("bob"));
    }

    [Fact]
    public async Task User_names_and_emails_are_unique_case_insensitively()
    {
        await CreateAsync("alice", "alice@example.org");
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();

        AssertFailedWith(await users.CreateAsync(NewUser("ALICE", "other@example.org"), StrongPassword), nameof(IdentityErrorDescriber.DuplicateUserName));
        AssertFailedWith(await users.CreateAsync(NewUser("alice2", "ALICE@example.org"), StrongPassword), nameof(IdentityErrorDescriber.DuplicateEmail));
        Assert.Null(await users.FindByNameAsync("ALICE2"));
    }

    [Fact]
    public async Task Of_concurrent_registrations_with_one_name_exactly_one_succeeds()
    {
        var attempts = Enumerable.Range(0, 6).Select(async i =>
        {
            await using var scope = Host.Scope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
            return await users.CreateAsync(NewUser("carol", $"carol{i}@example.org"), StrongPassword);
        });

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.Succeeded);
    }

    [Fact]
    public async Task A_name_claimed_by_a_registration_in_progress_is_not_taken_until_the_claim_is_stale()
    {
        var keys = Host.Get<Sandbox.Storage.Documents.DocumentSet<UserKey>>();
        var keyId = UserKey.ForUserName("NINA");
        await keys.CreateAsync(new UserKey(keyId, "account-still-being-written", Time.GetUtcNow()));
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();

        AssertFailedWith(await users.CreateAsync(NewUser("nina"), StrongPassword), nameof(IdentityErrorDescriber.DuplicateUserName));
        Time.Advance(UserKey.RegistrationGrace + TimeSpan.FromSeconds(1));

        AssertSucceeded(await users.CreateAsync(NewUser("nina"), StrongPassword));
    }

    [Fact]
    public async Task An_update_from_a_stale_copy_is_refused_and_the_stored_account_is_kept()
    {
        var created = await CreateAsync("dave");
        await using var scope = Host.Scope();
        await using var otherRequest = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        var otherUsers = otherRequest.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        var first = (await users.FindByIdAsync(created.Id))!;
        var second = (await otherUsers.FindByIdAsync(created.Id))!;

        first.DisplayName = "Dave (first)";
        AssertSucceeded(await users.UpdateAsync(first));
        second.DisplayName = "Dave (second)";
        var stale = await otherUsers.UpdateAsync(second);

        AssertFailedWith(stale, nameof(IdentityErrorDescriber.ConcurrencyFailure));
        Assert.Equal("Dave (first)", (await users.FindByIdAsync(created.Id))!.DisplayName);
    }

    [Fact]
    public async Task Renaming_an_account_frees_its_old_name_for_others()
    {
        var created = await CreateAsync("erin");
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        var erin = (await users.FindByIdAsync(created.Id))!;

        AssertSucceeded(await users.SetUserNameAsync(erin, "erin.new"));

        Assert.Null(await users.FindByNameAsync("ERIN"));
        Assert.Equal(created.Id, (await users.FindByNameAsync("ERIN.NEW"))!.Id);
        AssertSucceeded(await users.CreateAsync(NewUser("erin", "someone-else@example.org"), StrongPassword));
    }

    [Fact]
    public async Task Deleting_an_account_frees_its_name_and_email()
    {
        var created = await CreateAsync("frank");
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();

        AssertSucceeded(await users.DeleteAsync((await users.FindByIdAsync(created.Id))!));

        Assert.Null(await users.FindByIdAsync(created.Id));
        AssertSucceeded(await users.CreateAsync(NewUser("frank"), StrongPassword));
    }

    [Theory]
    [InlineData("short1A")]
    [InlineData("alllowercaseletters1")]
    [InlineData("NoDigitsInThisOneAtAll")]
    public async Task Weak_passwords_are_refused(string password)
    {
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();

        var result = await users.CreateAsync(NewUser("gina"), password);

        Assert.False(result.Succeeded);
        Assert.Null(await users.FindByNameAsync("GINA"));
    }

    [Fact]
    public async Task Roles_come_from_the_catalog_and_users_are_found_by_role()
    {
        var regulator = await CreateAsync("hank");
        await CreateAsync("ivy");
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        var hank = (await users.FindByIdAsync(regulator.Id))!;

        AssertSucceeded(await users.AddToRoleAsync(hank, SandboxRoles.Regulator));

        Assert.Equal([SandboxRoles.Regulator], await users.GetRolesAsync((await users.FindByIdAsync(regulator.Id))!));
        Assert.Equal([regulator.Id], (await users.GetUsersInRoleAsync(SandboxRoles.Regulator)).Select(u => u.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => users.AddToRoleAsync(hank, "Root"));
    }
}
