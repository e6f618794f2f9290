using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sandbox.Identity.Audit;
using Sandbox.Identity.OAuth;
using Microsoft.Extensions.DependencyInjection;

namespace Sandbox.Web.Tests.OAuth;

/// <summary><c>/api/admin/clients</c> driven by a provisioning client holding <c>sandbox.admin</c>.</summary>
public sealed class ClientAdministrationTests : IAsyncLifetime
{
    private readonly SandboxAppFactory _factory = new();
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _http = _factory.CreateClient();
        var provisioner = await OAuthTestClients.RegisterMachineClientAsync(_factory.Services, OAuthScopes.Admin);
        var token = await TokenResponse.ClientCredentialsAsync(_http, provisioner, OAuthTestClients.Secret, OAuthScopes.Admin);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task A_registered_client_gets_its_secret_once_and_can_use_it()
    {
        var registered = await RegisterAsync(new { displayName = "Flow telemetry notebook", clientType = "confidential", grantTypes = new[] { "client_credentials" }, scopes = new[] { OAuthScopes.Api } });
        var clientId = registered.GetProperty("clientId").GetString()!;
        var secret = registered.GetProperty("clientSecret").GetString()!;

        var listed = await _http.GetStringAsync(new Uri("/api/admin/clients", UriKind.Relative));
        var single = await _http.GetStringAsync(new Uri($"/api/admin/clients/{clientId}", UriKind.Relative));
        using var anonymous = new HttpClient { BaseAddress = _http.BaseAddress };
        var token = await TokenResponse.ClientCredentialsAsync(_factory.CreateClient(), clientId, secret, OAuthScopes.Api);

        Assert.True(secret.Length >= 40);
        Assert.Contains(clientId, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, single, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, token.Status);
        await using var scope = _factory.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(DateTime.UtcNow), AuditEventTypes.ClientRegistered);
        Assert.Contains(events, e => e.Subject == clientId);
        Assert.DoesNotContain(events, e => e.Details.Values.Any(v => v.Contains(secret, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Disabling_a_client_revokes_its_tokens_at_once_and_refuses_new_ones()
    {
        var registered = await RegisterAsync(new { displayName = "Soon disabled", clientType = "confidential", grantTypes = new[] { "client_credentials" }, scopes = new[] { OAuthScopes.Api } });
        var clientId = registered.GetProperty("clientId").GetString()!;
        var secret = registered.GetProperty("clientSecret").GetString()!;
        var issued = (await TokenResponse.ClientCredentialsAsync(_factory.CreateClient(), clientId, secret, OAuthScopes.Api)).AccessToken;

        using var disable = await _http.PostAsync(new Uri($"/api/admin/clients/{clientId}/disable", UriKind.Relative), null);
        using var caller = _factory.CreateClient();
        caller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued);
        using var afterDisable = await caller.GetAsync(new Uri("/api/me", UriKind.Relative));
        var again = await TokenResponse.ClientCredentialsAsync(_factory.CreateClient(), clientId, secret, OAuthScopes.Api);
        var summary = await _http.GetFromJsonAsync<JsonElement>(new Uri($"/api/admin/clients/{clientId}", UriKind.Relative));
        var tokens = await _http.GetFromJsonAsync<JsonElement>(new Uri($"/api/admin/clients/{clientId}/tokens", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, disable.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterDisable.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, again.Status);
        Assert.True(summary.GetProperty("disabled").GetBoolean());
        Assert.All(tokens.EnumerateArray(), t => Assert.Equal("revoked", t.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task An_administrator_can_revoke_a_single_token()
    {
        var registered = await RegisterAsync(new { displayName = "One token", clientType = "confidential", grantTypes = new[] { "client_credentials" }, scopes = new[] { OAuthScopes.Api } });
        var clientId = registered.GetProperty("clientId").GetString()!;
        var issued = (await TokenResponse.ClientCredentialsAsync(_factory.CreateClient(), clientId, registered.GetProperty("clientSecret").GetString()!, OAuthScopes.Api)).AccessToken;
        var tokens = await _http.GetFromJsonAsync<JsonElement>(new Uri($"/api/admin/clients/{clientId}/tokens", UriKind.Relative));
        var tokenId = tokens.EnumerateArray().Single().GetProperty("id").GetString();

        using var revoke = await _http.PostAsync(new Uri($"/api/admin/clients/tokens/{tokenId}/revoke", UriKind.Relative), null);
        using var again = await _http.PostAsync(new Uri($"/api/admin/clients/tokens/{tokenId}/revoke", UriKind.Relative), null);
        using var caller = _factory.CreateClient();
        caller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued);
        using var afterRevoke = await caller.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
    }

    [Theory]
    [InlineData("""{ "displayName": "", "clientType": "confidential", "grantTypes": ["client_credentials"], "scopes": ["sandbox.api"] }""", "DisplayName")]
    [InlineData("""{ "displayName": "x", "clientType": "public", "grantTypes": ["client_credentials"], "scopes": ["sandbox.api"] }""", "GrantTypes")]
    [InlineData("""{ "displayName": "x", "clientType": "public", "grantTypes": ["authorization_code"], "scopes": ["sandbox.api"] }""", "RedirectUris")]
    [InlineData("""{ "displayName": "x", "clientType": "public", "grantTypes": ["authorization_code"], "redirectUris": ["http://evil.example/cb"], "scopes": ["sandbox.api"] }""", "RedirectUris")]
    [InlineData("""{ "displayName": "x", "clientType": "confidential", "grantTypes": ["password"], "scopes": ["sandbox.api"] }""", "GrantTypes")]
    [InlineData("""{ "displayName": "x", "clientType": "confidential", "grantTypes": ["client_credentials"], "scopes": ["root"] }""", "Scopes")]
    public async Task Invalid_registrations_answer_400_naming_the_field_and_store_nothing(string body, string field)
    {
        var before = (await _http.GetFromJsonAsync<JsonElement>(new Uri("/api/admin/clients", UriKind.Relative))).GetArrayLength();

        using var response = await _http.PostAsync(new Uri("/api/admin/clients", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, (await _http.GetFromJsonAsync<JsonElement>(new Uri("/api/admin/clients", UriKind.Relative))).GetArrayLength());
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{ "displayName": 42, "grantTypes": "client_credentials" }""")]
    public async Task Unreadable_bodies_answer_400_problem_details_not_500(string body)
    {
        using var response = await _http.PostAsync(new Uri("/api/admin/clients", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Tokens_without_the_admin_scope_and_anonymous_callers_cannot_administer_clients()
    {
        var apiOnly = await OAuthTestClients.RegisterMachineClientAsync(_factory.Services, OAuthScopes.Api);
        var token = (await TokenResponse.ClientCredentialsAsync(_http, apiOnly, OAuthTestClients.Secret, OAuthScopes.Api)).AccessToken;
        using var scoped = _factory.CreateClient();
        scoped.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var anonymous = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await scoped.GetAsync(new Uri("/api/admin/clients", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/admin/clients", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(new Uri("/api/admin/clients/no-such-client", UriKind.Relative))).StatusCode);
    }

    private async Task<JsonElement> RegisterAsync(object registration)
    {
        using var response = await _http.PostAsJsonAsync(new Uri("/api/admin/clients", UriKind.Relative), registration);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
