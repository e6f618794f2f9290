using Sandbox.Identity.OpenIddict;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.Tests.OpenIddict;

public abstract partial class OpenIddictStoreTests
{
    [Fact]
    public async Task Finds_a_token_by_id_and_by_its_reference_id_which_is_stored_hashed()
    {
        var portal = await CreateClientAsync("portal");
        var id = await CreateTokenAsync(portal, await CreateAuthorizationAsync(portal, "alice"), referenceId: "reference-123");
        await CreateTokenAsync(portal, authorizationId: null, referenceId: "reference-456");
        var other = await NewNodeAsync();

        Assert.Equal(id, await other.Tokens.GetIdAsync((await other.Tokens.FindByIdAsync(id))!));
        Assert.Equal(id, await other.Tokens.GetIdAsync((await other.Tokens.FindByReferenceIdAsync("reference-123"))!));
        Assert.Null(await other.Tokens.FindByReferenceIdAsync("reference-789"));
        var stored = (await ReadRawAsync(OidcContainers.Tokens, id))!["referenceId"]!.GetValue<string>();
        Assert.NotEqual("reference-123", stored);
    }

    [Fact]
    public async Task A_revoked_token_reads_as_revoked_on_every_node()
    {
        var portal = await CreateClientAsync("portal");
        var id = await CreateTokenAsync(portal, authorizationId: null);

        Assert.True(await Node.Tokens.TryRevokeAsync((await Node.Tokens.FindByIdAsync(id))!));

        var other = await NewNodeAsync();
        Assert.Equal(Statuses.Revoked, await other.Tokens.GetStatusAsync((await other.Tokens.FindByIdAsync(id))!));
    }

    [Fact]
    public async Task Revoking_by_authorization_revokes_that_authorizations_tokens_only()
    {
        var portal = await CreateClientAsync("portal");
        var authorization = await CreateAuthorizationAsync(portal, "alice");
        var first = await CreateTokenAsync(portal, authorization);
        var second = await CreateTokenAsync(portal, authorization);
        var unrelated = await CreateTokenAsync(portal, await CreateAuthorizationAsync(portal, "alice"));

        Assert.Equal(2, await Node.Tokens.RevokeByAuthorizationIdAsync(authorization));

        var other = await NewNodeAsync();
        Assert.Equal(Statuses.Revoked, await other.Tokens.GetStatusAsync((await other.Tokens.FindByIdAsync(first))!));
        Assert.Equal(Statuses.Revoked, await other.Tokens.GetStatusAsync((await other.Tokens.FindByIdAsync(second))!));
        Assert.Equal(Statuses.Valid, await other.Tokens.GetStatusAsync((await other.Tokens.FindByIdAsync(unrelated))!));
        Assert.Equal(0, await Node.Tokens.RevokeByAuthorizationIdAsync(authorization));
    }

    [Fact]
    public async Task Counts_lists_and_finds_tokens_by_subject_and_application()
    {
        var portal = await CreateClientAsync("portal");
        var shop = await CreateClientAsync("shop");
        for (var i = 0; i < 3; i++)
        {
            await CreateTokenAsync(portal, authorizationId: null);
        }

        var bobs = await CreateTokenAsync(shop, authorizationId: null, subject: "bob");

        var listed = await IdsAsync(Node.Tokens.ListAsync(3, 1), e => Node.Tokens.GetIdAsync(e));
        var all = await IdsAsync(Node.Tokens.ListAsync(null, null), e => Node.Tokens.GetIdAsync(e));

        Assert.Equal(4, await Node.Tokens.CountAsync());
        Assert.Equal(all.Skip(1), listed);
        Assert.Equal([bobs], await IdsAsync(Node.Tokens.FindBySubjectAsync("bob"), e => Node.Tokens.GetIdAsync(e)));
        Assert.Equal(3, (await IdsAsync(Node.Tokens.FindByApplicationIdAsync(portal), e => Node.Tokens.GetIdAsync(e))).Count);
        Assert.Equal([bobs], await IdsAsync(Node.Tokens.FindAsync("bob", shop, Statuses.Valid, TokenTypeHints.RefreshToken), e => Node.Tokens.GetIdAsync(e)));
    }
}
