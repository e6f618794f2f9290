using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.Tests.OpenIddict;

public abstract partial class OpenIddictStoreTests
{
    [Fact]
    public async Task Finds_authorizations_by_subject_client_status_type_and_scopes()
    {
        var portal = await CreateClientAsync("portal");
        var shop = await CreateClientAsync("shop");
        var wanted = await CreateAuthorizationAsync(portal, "alice", scopes: ["openid", "orders"]);
        await CreateAuthorizationAsync(portal, "alice", Statuses.Revoked, scopes: ["openid", "orders"]);
        await CreateAuthorizationAsync(portal, "alice", type: AuthorizationTypes.AdHoc, scopes: ["openid", "orders"]);
        await CreateAuthorizationAsync(shop, "alice", scopes: ["openid", "orders"]);
        await CreateAuthorizationAsync(portal, "bob", scopes: ["openid", "orders"]);
        var other = await NewNodeAsync();

        var found = await IdsAsync(
            other.Authorizations.FindAsync("alice", portal, Statuses.Valid, AuthorizationTypes.Permanent, scopes: null), e => other.Authorizations.GetIdAsync(e));
        var withScope = await IdsAsync(
            other.Authorizations.FindAsync("alice", portal, Statuses.Valid, AuthorizationTypes.Permanent, ["orders"]), e => other.Authorizations.GetIdAsync(e));
        var missingScope = await IdsAsync(
            other.Authorizations.FindAsync("alice", portal, Statuses.Valid, AuthorizationTypes.Permanent, ["orders", "email"]), e => other.Authorizations.GetIdAsync(e));

        Assert.Equal([wanted], found);
        Assert.Equal([wanted], withScope);
        Assert.Empty(missingScope);
        Assert.Equal(4, (await IdsAsync(other.Authorizations.FindBySubjectAsync("alice"), e => other.Authorizations.GetIdAsync(e))).Count);
        Assert.Equal(5, await other.Authorizations.CountAsync());
    }

    [Fact]
    public async Task Revoking_by_subject_revokes_only_that_subjects_authorizations()
    {
        var portal = await CreateClientAsync("portal");
        var alice = await CreateAuthorizationAsync(portal, "alice");
        var bob = await CreateAuthorizationAsync(portal, "bob");

        Assert.Equal(1, await Node.Authorizations.RevokeBySubjectAsync("alice"));

        var other = await NewNodeAsync();
        Assert.Equal(Statuses.Revoked, await other.Authorizations.GetStatusAsync((await other.Authorizations.FindByIdAsync(alice))!));
        Assert.Equal(Statuses.Valid, await other.Authorizations.GetStatusAsync((await other.Authorizations.FindByIdAsync(bob))!));
        Assert.Equal(0, await Node.Authorizations.RevokeBySubjectAsync("alice"));
    }

    [Fact]
    public async Task Deleting_an_application_deletes_its_authorizations_and_tokens()
    {
        var portal = await CreateClientAsync("portal");
        var shop = await CreateClientAsync("shop");
        var authorization = await CreateAuthorizationAsync(portal, "alice");
        var token = await CreateTokenAsync(portal, authorization);
        var kept = await CreateTokenAsync(shop, await CreateAuthorizationAsync(shop, "alice"));

        await Node.Applications.DeleteAsync((await Node.Applications.FindByIdAsync(portal))!);

        var other = await NewNodeAsync();
        Assert.Null(await other.Authorizations.FindByIdAsync(authorization));
        Assert.Null(await other.Tokens.FindByIdAsync(token));
        Assert.NotNull(await other.Tokens.FindByIdAsync(kept));
        Assert.Equal(1, await other.Authorizations.CountAsync());
    }
}
