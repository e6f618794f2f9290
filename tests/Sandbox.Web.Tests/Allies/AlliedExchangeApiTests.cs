using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.OAuth;
using Sandbox.Licensing.Exchange;
using Sandbox.Web.Tests.OAuth;

namespace Sandbox.Web.Tests.Allies;

/// <summary>The exchange endpoints over real HTTP with client-credentials tokens (SQLite).</summary>
public sealed class AlliedExchangeApiTests() : KestrelAppTests(onCosmos: false)
{
    [Fact]
    public async Task A_token_without_allies_exchange_is_forbidden_and_no_token_is_unauthorized()
    {
        var token = await TokenAsync(OAuthScopes.Api);

        using var withoutScope = await SendAsync(HttpMethod.Get, token, null);
        using var anonymous = await SendAsync(HttpMethod.Get, null, null);
        using var importWithoutScope = await SendAsync(HttpMethod.Post, token, Document());

        Assert.Equal(HttpStatusCode.Forbidden, withoutScope.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, importWithoutScope.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task An_ally_exports_a_schema_valid_document_and_imports_one_idempotently()
    {
        var token = await TokenAsync(OAuthScopes.AlliedExchange);

        using var export = await SendAsync(HttpMethod.Get, token, null);
        var exported = await export.Content.ReadFromJsonAsync<JsonElement>();
        using var first = await SendAsync(HttpMethod.Post, token, Document());
        using var second = await SendAsync(HttpMethod.Post, token, Document());

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Empty(AlliedExchangeSchema.Default.Check(exported));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        var again = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 1), (again.GetProperty("added").GetInt32(), again.GetProperty("unchanged").GetInt32()));
    }

    [Fact]
    public async Task An_invalid_document_is_a_validation_problem_naming_its_paths()
    {
        var token = await TokenAsync(OAuthScopes.AlliedExchange);
        var document = JsonNode(Document());
        document["issuer"]!["country"] = "Germany";

        using var response = await SendAsync(HttpMethod.Post, token, document.ToJsonString());
        using var notJson = await SendAsync(HttpMethod.Post, token, "{ not json");
        using var badSince = await Http.SendAsync(Request(HttpMethod.Get, token, null, "?since=yesterday"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("issuer.country", out _));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal("application/problem+json", notJson.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, badSince.StatusCode);
    }

    [Fact]
    public async Task An_ally_on_version_1_asks_for_it_and_an_unknown_version_is_a_problem()
    {
        var token = await TokenAsync(OAuthScopes.AlliedExchange);

        using var older = await Http.SendAsync(Request(HttpMethod.Get, token, null, "?version=1"));
        using var unknown = await Http.SendAsync(Request(HttpMethod.Get, token, null, "?version=7"));
        var document = await older.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        Assert.Equal(1, document.GetProperty("version").GetInt32());
        Assert.Empty(AlliedExchangeSchema.Default.Check(document));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> TokenAsync(string scope)
    {
        var clientId = await OAuthTestClients.RegisterMachineClientAsync(Services, scope);
        return (await TokenResponse.ClientCredentialsAsync(Http, clientId, OAuthTestClients.Secret, scope)).AccessToken!;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string? token, string? body) => Http.SendAsync(Request(method, token, body, ""));

    private static HttpRequestMessage Request(HttpMethod method, string? token, string? body, string query)
    {
        var request = new HttpRequestMessage(method, new Uri("/api/allies/exchange" + query, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static System.Text.Json.Nodes.JsonNode JsonNode(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;

    /// <summary>A German authority's document with one denial.</summary>
    private static string Document()
    {
        var applicant = Organization.Register("org-1", "Beispiel Labor GmbH", OrganizationType.Company, CountryCode.Parse("DE"), DateTimeOffset.UnixEpoch);
        var refusal = new RefusalFacts("BAFA-2026-0117", applicant, [new ExchangeParty("Orion Dynamics Trading LLC", null, "AE")], "AE", ["5A001.j"],
            "Interception of IP traffic.", ["C7"], DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)), null, ["Jonas Weber"]);
        var document = new AlliedExchangeBuilder(AlliedExchangeSchema.Default)
            .Build(new ExchangeIssuer("Bundesamt für Wirtschaft und Ausfuhrkontrolle", "DE"), DateTimeOffset.UtcNow, null, [refusal], []);
        return JsonSerializer.Serialize(document, AlliedExchangeFormat.Json);
    }
}
