using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Access;
using Sandbox.Domain.Access;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Clients;
using Sandbox.Identity.Organizations;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Storage.Documents;
using Sandbox.Web.Tests.OAuth;

namespace Sandbox.Web.Tests.Sandboxes;

/// <summary>
/// The whole journey over HTTP on a fake clock: provision → query within the conditions → each condition refusing in
/// turn → export through the airlock → expiry → the very next request refused, introspection inactive, client
/// disabled → purge after the retention period.
/// </summary>
public sealed class SandboxExpiryJourneyTests : FakeClockAppTests
{
    private const string Purpose = SandboxArrangement.Purpose;

    [Fact]
    public async Task A_sandbox_serves_within_its_conditions_exports_through_the_airlock_and_ends_with_its_licence()
    {
        using var http = Factory.CreateClient();
        var services = Factory.Services;
        var organization = await services.GetRequiredService<OrganizationDirectory>().RegisterAsync("TU Example", OrganizationType.ResearchInstitution, CountryCode.Parse("NL"), "admin");
        var applicant = new CaseActor("ines-" + Guid.NewGuid().ToString("N")[..6], organization.Id, new HashSet<string> { SandboxRoles.Applicant });
        var (licence, sandbox) = await SandboxArrangement.ActiveSandboxAsync(services, applicant, days: 10, Tick);
        await SandboxArrangement.RegisterGatewayResourceServerAsync(services);
        var secret = (await services.GetRequiredService<SandboxCredentialVault>().TakeAsync(sandbox, CancellationToken.None))!.Value.Secret;
        var token = (await TokenResponse.ClientCredentialsAsync(http, SandboxIds.ServiceClient(sandbox.Id), secret,
            $"{SandboxIds.Scope(sandbox.Id, "query")} {SandboxIds.Scope(sandbox.Id, "export-request")}")).AccessToken;
        var counts = new { dataset = "flows", purpose = Purpose, aggregates = new[] { new { function = "count" } }, groupBy = new[] { "protocol" } };

        using (var answered = await SendAsync(http, token, HttpMethod.Post, $"/api/sandboxes/{sandbox.Id}/query", counts))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        foreach (var (query, status, condition) in new (object, HttpStatusCode, string)[]
        {
            (new { dataset = "flows", aggregates = new[] { new { function = "count" } } }, HttpStatusCode.Forbidden, "declaredPurposes"),
            (new { dataset = "flows", purpose = Purpose, aggregates = new[] { new { function = "count" } }, groupBy = new[] { "user_account" } }, HttpStatusCode.Forbidden, "noRawIdentifiers"),
            (new { dataset = "flows", purpose = Purpose, select = new[] { "protocol", "bytes" } }, HttpStatusCode.Forbidden, "aggregateOnly"),
            (new { dataset = "flows", purpose = Purpose, aggregates = new[] { new { function = "count" } }, groupBy = new[] { "protocol" }, limit = 5000 }, HttpStatusCode.Forbidden, "maxRowsPerQuery"),
            (new { dataset = "nothing", purpose = Purpose }, HttpStatusCode.BadRequest, "query"),
        })
        {
            using var refused = await SendAsync(http, token, HttpMethod.Post, $"/api/sandboxes/{sandbox.Id}/query", query);
            Assert.Equal(status, refused.StatusCode);
            Assert.Equal(condition, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("condition").GetString());
        }

        var export = await ExportThroughTheAirlockAsync(http, token, sandbox, counts);
        using (var download = await SendAsync(http, token, HttpMethod.Get, $"/api/sandboxes/{sandbox.Id}/exports/{export}/download?format=csv"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.StartsWith("protocol,count", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Time.SetUtcNow(licence.ValidTo);
        var closed = await SandboxArrangement.EventuallyAsync(async () =>
            (await services.GetRequiredService<SandboxEnvironments>().GetAsync(sandbox.Id))?.Value is { Status: SandboxStatus.Closed } s ? s : null, Tick);
        using (var next = await SendAsync(http, token, HttpMethod.Post, $"/api/sandboxes/{sandbox.Id}/query", counts))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, next.StatusCode);
        }

        Assert.False(await SandboxArrangement.IntrospectAsync(http, token));
        await using (var scope = services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ClientRegistry>().GetAsync(SandboxIds.ServiceClient(sandbox.Id)))!.Disabled);
        }

        // The probe ticks the clock while it waits, so the close may land a few seconds after the licence's end.
        var closedAt = closed.History.Last(o => o.Step == "close").At;
        Assert.InRange(closedAt, licence.ValidTo, Time.GetUtcNow());
        Assert.Equal(closedAt.AddDays(30), closed.PurgeDueAt);
        Time.SetUtcNow(closed.PurgeDueAt!.Value.AddMinutes(10));
        await SandboxArrangement.EventuallyAsync(async () =>
            (await services.GetRequiredService<SandboxEnvironments>().GetAsync(sandbox.Id))?.Value is { Status: SandboxStatus.Deprovisioned } s ? s : null, Tick);
    }

    /// <summary>A second of fake time, so the app's worker and purge loop (which wait on the clock) go round.</summary>
    private void Tick() => Time.Advance(TimeSpan.FromSeconds(1));

    /// <summary>Drafts and submits over HTTP as the service; a regulator of the authority reviews and approves it.</summary>
    private async Task<string> ExportThroughTheAirlockAsync(HttpClient http, string token, SandboxEnvironment sandbox, object query)
    {
        using var drafted = await SendAsync(http, token, HttpMethod.Post, $"/api/sandboxes/{sandbox.Id}/exports",
            new { query, justification = "Protocol counts for the interim report to the authority." });
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var id = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var unconditional = await SendAsync(http, token, HttpMethod.Post, $"/api/sandboxes/{sandbox.Id}/exports/{id}/submission");
        Assert.Equal(HttpStatusCode.PreconditionRequired, unconditional.StatusCode);
        using var submitted = await SendAsync(http, token, HttpMethod.Post, $"/api/sandboxes/{sandbox.Id}/exports/{id}/submission", etag: drafted.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        var reviewer = new ExportReviewer("rita", "Rita", "authority");
        await using var scope = Factory.Services.CreateAsyncScope();
        var airlock = scope.ServiceProvider.GetRequiredService<SandboxAirlock>();
        var current = (await airlock.FindAsync(sandbox.Id, id, CancellationToken.None))!;
        var inReview = (await airlock.StartReviewAsync(reviewer, sandbox.Id, id, current.ETag, CancellationToken.None)).Value!;
        Assert.NotNull((await airlock.DecideAsync(reviewer, sandbox.Id, id, approve: true, "Counts above the cell size.", inReview.ETag, CancellationToken.None)).Value);
        return id;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string token, HttpMethod method, string path, object? body = null, string? etag = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: StorageJson.Options);
        }

        return await http.SendAsync(request);
    }
}
