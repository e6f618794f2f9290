using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sandbox.Web.Hosting;
using Sandbox.Web.Status;

namespace Sandbox.Web.Tests;

/// <summary>The app shell with zero configuration: the embedded SQLite store.</summary>
public sealed class SqliteHostTests : IAsyncLifetime
{
    private readonly SandboxAppFactory _factory = new();

    [Fact]
    public async Task Sqlite_health_reports_the_store_in_use_and_that_it_answers()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var status = await response.Content.ReadFromJsonAsync<SystemStatus>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", status!.Status);
        Assert.Equal("Sqlite", status.Store.Provider);
        Assert.True(status.Store.Answers);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Sqlite_openapi_document_describes_the_health_endpoint()
    {
        using var client = _factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var health = document.RootElement.GetProperty("paths").GetProperty("/health").GetProperty("get");
        Assert.Equal("GetHealth", health.GetProperty("operationId").GetString());
        Assert.True(health.GetProperty("responses").TryGetProperty("503", out _));
    }

    [Theory]
    [InlineData("/api/applications/{id}/submission", "post", "SubmitApplication", new[] { "200", "400", "409", "412", "428" })]
    [InlineData("/api/applications/{id}/draft", "put", "SaveApplicationDraft", new[] { "200", "400", "404", "412", "428" })]
    [InlineData("/api/applications", "get", "ListApplications", new[] { "200", "400", "401", "403" })]
    [InlineData("/api/screening/lists/ofac-sdn/imports", "post", "ImportOfacSdnList", new[] { "201", "400", "409" })]
    [InlineData("/api/applications/{id}/screening/adjudications", "post", "AdjudicateScreeningHit", new[] { "200", "400", "409" })]
    [InlineData("/api/classification/versions", "post", "PublishClassificationCatalogueVersion", new[] { "201", "400", "409" })]
    public async Task Sqlite_openapi_document_describes_application_endpoints_with_their_errors(string path, string method, string operation, string[] statuses)
    {
        using var client = _factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var endpoint = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(operation, endpoint.GetProperty("operationId").GetString());
        Assert.Superset(statuses.ToHashSet(), endpoint.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/api/does-not-exist")]
    public async Task Sqlite_every_response_carries_the_security_headers(string path)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Sqlite_unknown_api_route_answers_problem_details()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api/does-not-exist", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Sqlite_unknown_page_renders_the_not_found_page_with_status_404()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sqlite_overview_page_renders_inside_the_layout_with_navigation()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Regulatory sandbox and pilot licensing", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/status\"", html, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
