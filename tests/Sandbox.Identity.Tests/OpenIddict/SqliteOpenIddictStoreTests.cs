using Sandbox.Identity.OpenIddict;
using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Storage;

namespace Sandbox.Identity.Tests.OpenIddict;

/// <summary>The OpenIddict stores on the embedded SQLite provider, whose clock is the tests' fake one.</summary>
public sealed class SqliteOpenIddictStoreTests : OpenIddictStoreTests, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override IDocumentStore CreateStore() => TestStores.Sqlite(_folder, Time);

    public void Dispose() => _folder.Dispose();

    // Cosmos applies time to live on the server's real clock, so only here can a day pass in a test.
    [Fact]
    public async Task A_token_entry_expires_a_day_after_its_expiration_date()
    {
        var portal = await CreateClientAsync("portal");
        var id = await CreateTokenAsync(portal, authorizationId: null, expiresAt: Now.AddHours(1));

        Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        Assert.NotNull(await ReadRawAsync(OidcContainers.Tokens, id));

        Time.Advance(OidcTokenStore.ExpiredTokenRetention);
        Assert.Null(await ReadRawAsync(OidcContainers.Tokens, id));
        Assert.Null(await (await NewNodeAsync()).Tokens.FindByIdAsync(id));
    }
}
