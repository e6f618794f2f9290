using Sandbox.Identity.OAuth;
using Sandbox.Web.Tests.Account;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>
/// A real OAuth client no one here wrote — openid-client, from npm — discovers the server, runs
/// client credentials and authorization code + PKCE, calls the scoped API, revokes and is refused;
/// on each store provider.
/// </summary>
public abstract class ThirdPartyClientTests(bool onCosmos) : KestrelAppTests(onCosmos)
{
    private string Issuer => Http.BaseAddress!.GetLeftPart(UriPartial.Authority) + "/";

    [Fact]
    public async Task Openid_client_runs_client_credentials_calls_the_api_revokes_and_is_refused()
    {
        var clientId = await OAuthTestClients.RegisterMachineClientAsync(Services, OAuthScopes.Api);
        using var client = OpenIdClientProcess.Start("credentials", Issuer, clientId, OAuthTestClients.Secret, OAuthScopes.Api);

        var discovered = await client.NextAsync("discovered");
        var token = await client.NextAsync("token");
        var api = await client.NextAsync("api");
        await client.NextAsync("revoked");
        var afterRevocation = await client.NextAsync("api-after-revocation");

        Assert.Equal(Issuer, discovered.GetProperty("issuer").GetString());
        Assert.Equal("bearer", token.GetProperty("tokenType").GetString()?.ToLowerInvariant());
        Assert.Equal(200, api.GetProperty("status").GetInt32());
        Assert.Equal(clientId, api.GetProperty("subject").GetString());
        Assert.Equal(401, afterRevocation.GetProperty("status").GetInt32());
        Assert.Equal("invalid_token", afterRevocation.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task Openid_client_runs_authorization_code_with_pkce_for_a_signed_in_researcher()
    {
        var clientId = await OAuthTestClients.RegisterNotebookAsync(Services);
        var email = $"notebook-user-{Guid.NewGuid():N}@example.org";
        using var session = new BrowserSession(Factory);
        Assert.Equal("/", (await session.RegisterAsync(email)).RedirectPath);
        await session.SignOutAsync();
        using var client = OpenIdClientProcess.Start("code", Issuer, clientId, OAuthTestClients.NotebookRedirectUri, "openid profile sandbox.api");

        var authorize = await client.NextAsync("authorize");
        var callback = await OAuthBrowser.SignInAndConsentAsync(session, authorize.GetProperty("url").GetString()!, email);
        await client.SendAsync(callback.ToString());
        var token = await client.NextAsync("token");
        var api = await client.NextAsync("api");
        var userInfo = await client.NextAsync("userinfo");

        Assert.Equal(200, api.GetProperty("status").GetInt32());
        Assert.Equal(token.GetProperty("subject").GetString(), api.GetProperty("subject").GetString());
        Assert.Equal(email, userInfo.GetProperty("preferredUsername").GetString());
    }
}

public sealed class SqliteThirdPartyClientTests() : ThirdPartyClientTests(onCosmos: false);

public sealed class CosmosThirdPartyClientTests() : ThirdPartyClientTests(onCosmos: true);
