using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sandbox.Identity.OAuth;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>
/// OAuth client credentials end to end over real HTTP (Kestrel on loopback), on each provider:
/// discovery, token, scoped API call, revocation that bites on the very next call.
/// </summary>
public abstract class ClientCredentialsFlowTests(bool onCosmos) : KestrelAppTests(onCosmos)
{
    [Fact]
    public async Task Discovery_names_every_endpoint_and_only_the_supported_grants()
    {
        using var discovery = JsonDocument.Parse(await Http.GetStringAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative)));
        var root = discovery.RootElement;

        foreach (var endpoint in new[] { "authorization_endpoint", "token_endpoint", "revocation_endpoint", "introspection_endpoint", "userinfo_endpoint", "end_session_endpoint", "jwks_uri" })
        {
            Assert.StartsWith(Http.BaseAddress!.GetLeftPart(UriPartial.Authority), root.GetProperty(endpoint).GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"], root.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).Order());
        Assert.Contains("S256", root.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        using var jwks = JsonDocument.Parse(await Http.GetStringAsync(new Uri(root.GetProperty("jwks_uri").GetString()!)));
        Assert.NotEmpty(jwks.RootElement.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task A_client_gets_a_token_for_its_scope_and_calls_the_api_with_it()
    {
        var clientId = await OAuthTestClients.RegisterMachineClientAsync(Services, OAuthScopes.Api);

        var token = await TokenResponse.ClientCredentialsAsync(Http, clientId, OAuthTestClients.Secret, OAuthScopes.Api);
        using var response = await CallMeAsync(token.AccessToken);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, token.Status);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(clientId, me.GetProperty("subject").GetString());
        Assert.Equal("bearer", me.GetProperty("authenticatedBy").GetString());
        Assert.Equal([OAuthScopes.Api], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_wrong_secret_and_an_unknown_client_are_refused()
    {
        var clientId = await OAuthTestClients.RegisterMachineClientAsync(Services, OAuthScopes.Api);

        var wrongSecret = await TokenResponse.ClientCredentialsAsync(Http, clientId, "not-the-secret", OAuthScopes.Api);
        var unknown = await TokenResponse.ClientCredentialsAsync(Http, "nobody", OAuthTestClients.Secret, OAuthScopes.Api);

        Assert.Equal("invalid_client", wrongSecret.Error);
        Assert.Equal("invalid_client", unknown.Error);
    }

    [Fact]
    public async Task A_client_never_obtains_a_scope_its_registration_does_not_allow()
    {
        var clientId = await OAuthTestClients.RegisterMachineClientAsync(Services, OAuthScopes.Api);

        var refused = await TokenResponse.ClientCredentialsAsync(Http, clientId, OAuthTestClients.Secret, OAuthScopes.Admin);

        Assert.NotEqual(HttpStatusCode.OK, refused.Status);
        Assert.False(refused.Body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task A_revoked_access_token_is_refused_on_the_very_next_call()
    {
        var clientId = await OAuthTestClients.RegisterMachineClientAsync(Services, OAuthScopes.Api);
        var token = (await TokenResponse.ClientCredentialsAsync(Http, clientId, OAuthTestClients.Secret, OAuthScopes.Api)).AccessToken;
        using (var before = await CallMeAsync(token))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var revoke = await Http.PostAsync(new Uri("/connect/revoke", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["client_id"] = clientId,
            ["client_secret"] = OAuthTestClients.Secret,
        }));
        using var after = await CallMeAsync(token);
        using var introspection = await IntrospectAsync(clientId, token);

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.False(introspection.RootElement.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Anonymous_callers_and_tokens_without_the_scope_are_kept_out_of_the_api()
    {
        var adminOnly = await OAuthTestClients.RegisterMachineClientAsync(Services, OAuthScopes.Admin);
        var adminToken = (await TokenResponse.ClientCredentialsAsync(Http, adminOnly, OAuthTestClients.Secret, OAuthScopes.Admin)).AccessToken;

        using var anonymous = await Http.GetAsync(new Uri("/api/me", UriKind.Relative));
        using var garbage = await CallMeAsync("not-a-token");
        using var wrongScope = await CallMeAsync(adminToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongScope.StatusCode);
    }

    protected async Task<HttpResponseMessage> CallMeAsync(string accessToken, string path = "/api/me")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await Http.SendAsync(request);
    }

    private async Task<JsonDocument> IntrospectAsync(string clientId, string token)
    {
        using var response = await Http.PostAsync(new Uri("/connect/introspect", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["client_id"] = clientId,
            ["client_secret"] = OAuthTestClients.Secret,
        }));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteClientCredentialsFlowTests() : ClientCredentialsFlowTests(onCosmos: false);

public sealed class CosmosClientCredentialsFlowTests() : ClientCredentialsFlowTests(onCosmos: true);
