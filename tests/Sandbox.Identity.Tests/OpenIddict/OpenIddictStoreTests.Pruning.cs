using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.Tests.OpenIddict;

public abstract partial class OpenIddictStoreTests
{
    [Fact]
    public async Task Pruning_removes_old_entries_that_are_no_longer_valid_and_keeps_the_rest()
    {
        var portal = await CreateClientAsync("portal");
        var threshold = Now.AddDays(-14);
        var old = Now.AddDays(-30);

        var oldRevokedAuthorization = await CreateAuthorizationAsync(portal, "alice", Statuses.Revoked, createdAt: old);
        var unusedAdHoc = await CreateAuthorizationAsync(portal, "alice", type: AuthorizationTypes.AdHoc, createdAt: old);
        var usedAdHoc = await CreateAuthorizationAsync(portal, "alice", type: AuthorizationTypes.AdHoc, createdAt: old);
        var oldPermanent = await CreateAuthorizationAsync(portal, "alice", createdAt: old);
        var recentRevoked = await CreateAuthorizationAsync(portal, "alice", Statuses.Revoked);

        var oldRevokedToken = await CreateTokenAsync(portal, oldPermanent, Statuses.Revoked, old, expiresAt: Now.AddDays(1));
        var oldExpiredToken = await CreateTokenAsync(portal, oldPermanent, Statuses.Valid, old, expiresAt: Now.AddHours(-1));
        var tokenOfRevokedAuthorization = await CreateTokenAsync(portal, oldRevokedAuthorization, Statuses.Valid, old, expiresAt: Now.AddDays(1));
        var oldValidToken = await CreateTokenAsync(portal, usedAdHoc, Statuses.Valid, old, expiresAt: Now.AddDays(1));
        var recentRevokedToken = await CreateTokenAsync(portal, oldPermanent, Statuses.Revoked);

        Assert.Equal(3, await Node.Tokens.PruneAsync(threshold));
        Assert.Equal(2, await Node.Authorizations.PruneAsync(threshold));

        var other = await NewNodeAsync();
        foreach (var gone in new[] { oldRevokedToken, oldExpiredToken, tokenOfRevokedAuthorization })
        {
            Assert.Null(await other.Tokens.FindByIdAsync(gone));
        }

        foreach (var kept in new[] { oldValidToken, recentRevokedToken })
        {
            Assert.NotNull(await other.Tokens.FindByIdAsync(kept));
        }

        Assert.Null(await other.Authorizations.FindByIdAsync(oldRevokedAuthorization));
        Assert.Null(await other.Authorizations.FindByIdAsync(unusedAdHoc));
        foreach (var kept in new[] { usedAdHoc, oldPermanent, recentRevoked })
        {
            Assert.NotNull(await other.Authorizations.FindByIdAsync(kept));
        }
    }
}
