using System.Text.Json.Nodes;
using OpenIddict.Abstractions;
using Sandbox.Identity.OpenIddict;
using static OpenIddict.Abstractions.OpenIddictExceptions;

namespace Sandbox.Identity.Tests.OpenIddict;

public abstract partial class OpenIddictStoreTests
{
    [Fact]
    public async Task A_confidential_client_keeps_only_the_hash_of_its_secret_and_validates_it()
    {
        var created = await Node.Applications.CreateAsync(Client("portal", "https://portal.example/callback", secret: "correct horse battery"));
        var id = (await Node.Applications.GetIdAsync(created))!;

        var stored = await ReadRawAsync(OidcContainers.Applications, id);
        var hash = stored!["clientSecret"]!.GetValue<string>();
        Assert.NotEmpty(hash);
        Assert.DoesNotContain("correct horse battery", stored.ToJsonString(), StringComparison.Ordinal);

        var other = await NewNodeAsync();
        var application = await other.Applications.FindByClientIdAsync("portal");
        Assert.NotNull(application);
        Assert.True(await other.Applications.ValidateClientSecretAsync(application, "correct horse battery"));
        Assert.False(await other.Applications.ValidateClientSecretAsync(application, "correct horse battery!"));
    }

    [Fact]
    public async Task Finds_an_application_by_its_exact_client_id()
    {
        var id = await CreateClientAsync("portal");
        await CreateClientAsync("backoffice");
        var other = await NewNodeAsync();

        var found = await other.Applications.FindByClientIdAsync("portal");

        Assert.Equal(id, await other.Applications.GetIdAsync(found!));
        Assert.Null(await other.Applications.FindByClientIdAsync("Portal"));
        Assert.Null(await other.Applications.FindByClientIdAsync("unknown"));
        Assert.NotNull(await other.Applications.FindByIdAsync(id));
    }

    [Fact]
    public async Task A_taken_client_id_is_refused()
    {
        await CreateClientAsync("portal");

        await Assert.ThrowsAsync<ValidationException>(async () => await Node.Applications.CreateAsync(Client("portal")));
        Assert.Equal(1, await Node.Applications.CountAsync());
    }

    [Fact]
    public async Task Of_concurrent_creates_with_one_client_id_exactly_one_wins()
    {
        var nodes = new[] { Node, await NewNodeAsync(), await NewNodeAsync(), await NewNodeAsync() };

        var outcomes = await Task.WhenAll(nodes.Select(node => Outcome(() => node.Applications.CreateAsync(Client("race")).AsTask())));

        Assert.Equal(1, outcomes.Count(outcome => outcome is null));
        Assert.All(outcomes.OfType<Exception>(), ex => Assert.IsType<ValidationException>(ex));
        Assert.Equal(1, await Node.Applications.CountAsync());
    }

    [Fact]
    public async Task Of_two_creates_that_both_passed_validation_exactly_one_is_stored()
    {
        // Straight to the store, as two managers would call it once both found the client id free.
        var stores = new[] { Node, await NewNodeAsync() }.Select(node => node.Get<IOpenIddictApplicationStore<OidcApplication>>()).ToArray();
        var applications = stores.Select(_ => new OidcApplication { ClientId = "race", ClientType = OpenIddictConstants.ClientTypes.Public }).ToArray();

        var outcomes = await Task.WhenAll(stores.Select((store, i) => Outcome(() => store.CreateAsync(applications[i], default).AsTask())));

        Assert.Single(outcomes, outcome => outcome is null);
        Assert.IsType<ValidationException>(Assert.Single(outcomes.OfType<Exception>()));
        var winner = applications[Array.IndexOf(outcomes, null)];
        var other = await NewNodeAsync();
        Assert.Equal(winner.Id, await other.Applications.GetIdAsync((await other.Applications.FindByClientIdAsync("race"))!));
        Assert.Equal(1, await Node.Applications.CountAsync());
    }

    [Fact]
    public async Task A_client_id_is_free_again_once_its_application_is_deleted_or_renamed()
    {
        await CreateClientAsync("first");
        var application = (await Node.Applications.FindByClientIdAsync("first"))!;
        var descriptor = new OpenIddictApplicationDescriptor();
        await Node.Applications.PopulateAsync(descriptor, application);
        descriptor.ClientId = "renamed";
        await Node.Applications.UpdateAsync(application, descriptor);

        await CreateClientAsync("first");
        await Assert.ThrowsAsync<ValidationException>(async () => await Node.Applications.CreateAsync(Client("renamed")));

        await Node.Applications.DeleteAsync(application);
        await CreateClientAsync("renamed");
        Assert.Equal(2, await Node.Applications.CountAsync());
    }

    [Fact]
    public async Task A_claim_left_by_a_crash_blocks_its_client_id_only_until_its_lease_runs_out()
    {
        var keys = Store.GetContainer(OidcContainers.UniqueKeys.Name);
        var keyId = OidcUniqueKey.Derive("client", "crashed");
        await keys.CreateAsync(new() { ["id"] = keyId, ["ownerId"] = "never-written", ["claimedAt"] = JsonValue.Create(Now) });

        await Assert.ThrowsAsync<ValidationException>(async () => await Node.Applications.CreateAsync(Client("crashed")));

        await keys.UpsertAsync(new() { ["id"] = keyId, ["ownerId"] = "never-written", ["claimedAt"] = JsonValue.Create(Now - OidcUniqueKeys.ClaimLease - TimeSpan.FromSeconds(1)) });
        var id = await CreateClientAsync("crashed");
        Assert.Equal(id, await Node.Applications.GetIdAsync((await (await NewNodeAsync()).Applications.FindByClientIdAsync("crashed"))!));
    }

    [Fact]
    public async Task Finds_applications_by_redirect_and_post_logout_redirect_uri()
    {
        var portal = await CreateClientAsync("portal", "https://portal.example/callback");
        await CreateClientAsync("backoffice", "https://backoffice.example/callback");
        var withLogout = Client("shop", "https://shop.example/callback");
        withLogout.PostLogoutRedirectUris.Add(new Uri("https://shop.example/bye"));
        var shop = (await Node.Applications.GetIdAsync(await Node.Applications.CreateAsync(withLogout)))!;
        var other = await NewNodeAsync();

        Assert.Equal([portal], await IdsAsync(other.Applications.FindByRedirectUriAsync("https://portal.example/callback"), e => other.Applications.GetIdAsync(e)));
        Assert.Empty(await IdsAsync(other.Applications.FindByRedirectUriAsync("https://portal.example/"), e => other.Applications.GetIdAsync(e)));
        Assert.Equal([shop], await IdsAsync(other.Applications.FindByPostLogoutRedirectUriAsync("https://shop.example/bye"), e => other.Applications.GetIdAsync(e)));
    }

    [Fact]
    public async Task An_update_from_a_stale_copy_is_a_concurrency_error()
    {
        await CreateClientAsync("portal");
        var other = await NewNodeAsync();
        var mine = (await Node.Applications.FindByClientIdAsync("portal"))!;
        var theirs = (await other.Applications.FindByClientIdAsync("portal"))!;

        await Node.Applications.UpdateAsync(mine, new OpenIddictApplicationDescriptor { ClientId = "portal", DisplayName = "Mine", ClientType = OpenIddictConstants.ClientTypes.Public });

        var stale = new OpenIddictApplicationDescriptor { ClientId = "portal", DisplayName = "Theirs", ClientType = OpenIddictConstants.ClientTypes.Public };
        await Assert.ThrowsAsync<ConcurrencyException>(async () => await other.Applications.UpdateAsync(theirs, stale));
        await Assert.ThrowsAsync<ConcurrencyException>(async () => await other.Applications.DeleteAsync(theirs));
        var current = (await (await NewNodeAsync()).Applications.FindByClientIdAsync("portal"))!;
        Assert.Equal("Mine", await Node.Applications.GetDisplayNameAsync(current));
    }

    [Fact]
    public async Task Counts_and_lists_applications_with_count_and_offset()
    {
        for (var i = 0; i < 5; i++)
        {
            await CreateClientAsync($"client-{i}");
        }

        var all = await IdsAsync(Node.Applications.ListAsync(null, null), e => Node.Applications.GetIdAsync(e));
        var page = await IdsAsync(Node.Applications.ListAsync(2, 1), e => Node.Applications.GetIdAsync(e));
        var tail = await IdsAsync(Node.Applications.ListAsync(10, 4), e => Node.Applications.GetIdAsync(e));

        Assert.Equal(5, await Node.Applications.CountAsync());
        Assert.Equal(5, all.Distinct().Count());
        Assert.Equal(all.Skip(1).Take(2), page);
        Assert.Equal([all[4]], tail);
    }

    private static async Task<Exception?> Outcome(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
