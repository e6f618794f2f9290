using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Access;
using Sandbox.Domain.Access;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;
using Sandbox.Web.Tests.Sandboxes;
using static Sandbox.Web.Tests.Applications.ApiCalls;

namespace Sandbox.Web.Tests.Misuse;

/// <summary>The misuse API over HTTP: whistle-blowers without an account, a regulator taking a report to suspension, the holder's view.</summary>
public sealed class MisuseApiTests(AccountApp app) : IClassFixture<AccountApp>
{
    private static object Report(string? licence = null, string description = "Counts from the pilot are matched against a watch list at the central station.") =>
        new { allegation = "MisuseOfTechnology", description, licenceReference = licence };

    [Fact]
    public async Task A_whistle_blower_reports_without_an_account_gets_a_key_once_and_is_limited_per_hour()
    {
        using var http = app.Factory.CreateClient();

        using var invalid = await http.PostAsJsonAsync("/api/whistleblower/reports", new { description = "short" });
        using var sent = await http.PostAsJsonAsync("/api/whistleblower/reports", Report());
        var receipt = await sent.Content.ReadFromJsonAsync<JsonElement>();
        var reference = receipt.GetProperty("reference").GetString()!;
        var key = receipt.GetProperty("followUpKey").GetString()!;
        using var status = await http.SendAsync(FollowUp(reference, key));
        using var wrongKey = await http.SendAsync(FollowUp(reference, "not-the-key"));
        using var signedInOnly = await http.GetAsync(new Uri("/api/misuse-reports", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("allegation", out _) && errors.TryGetProperty("description", out _));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        Assert.Equal("no-store", sent.Headers.CacheControl?.ToString());
        Assert.Equal("Triage", (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signedInOnly.StatusCode);

        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            var next = await http.PostAsJsonAsync("/api/whistleblower/reports", Report());
            if (next.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = next;
            }
            else
            {
                Assert.Equal(HttpStatusCode.Created, next.StatusCode);
                next.Dispose();
            }
        }

        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        limited.Dispose();
    }

    [Fact]
    public async Task A_regulator_takes_a_report_to_suspension_and_the_holder_sees_only_the_regulators_words()
    {
        var email = await app.NewAccountAsync();
        var user = await app.UserAsync(email);
        var holder = new CaseActor(user.Id, user.OrganizationId, new HashSet<string> { SandboxRoles.Applicant });
        var (licence, _) = await SandboxArrangement.ActiveSandboxAsync(app.Factory.Services, holder, days: 30);
        using var reporter = await SignInAsync(await app.NewAccountAsync());
        using var regulator = await SignInAsync("regulator@sandbox.demo", withCode: true);
        using var holderSession = await SignInAsync(email);

        using var reported = await SendAsync(reporter, HttpMethod.Post, "/api/misuse-reports", Report(licence.Reference));
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var id = (await BodyAsync(reported)).GetProperty("reportId").GetString()!;
        using var read = await SendAsync(regulator, HttpMethod.Get, $"/api/misuse-reports/{id}");
        var etag = read.Headers.ETag!.Tag;
        using var noIfMatch = await SendAsync(regulator, HttpMethod.Post, $"/api/misuse-reports/{id}/actions/triage", new { reason = "Credible.", severity = "Critical", licenceReference = licence.Reference });
        using var noSeverity = await SendAsync(regulator, HttpMethod.Post, $"/api/misuse-reports/{id}/actions/triage", new { reason = "Credible." }, etag);
        using var byReporter = await SendAsync(reporter, HttpMethod.Post, $"/api/misuse-reports/{id}/actions/triage", new { reason = "Mine.", severity = "Low" }, etag);
        using var triaged = await SendAsync(regulator, HttpMethod.Post, $"/api/misuse-reports/{id}/actions/triage", new { reason = "Credible.", severity = "Critical", licenceReference = licence.Reference }, etag);

        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noSeverity.StatusCode);
        Assert.True((await BodyAsync(noSeverity)).GetProperty("errors").TryGetProperty("severity", out _));
        Assert.Equal(HttpStatusCode.NotFound, byReporter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, triaged.StatusCode);
        Assert.Equal("investigation", (await BodyAsync(triaged)).GetProperty("state").GetString());

        using var holderView = await SendAsync(holderSession, HttpMethod.Get, $"/api/misuse-reports/{id}");
        var seen = await BodyAsync(holderView);
        Assert.Equal(("Holder", ""), (seen.GetProperty("audience").GetString(), seen.GetProperty("report").GetProperty("description").GetString()));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("report").GetProperty("reporterUserId").ValueKind);

        using var suspended = await SendAsync(regulator, HttpMethod.Post, $"/api/misuse-reports/{id}/actions/suspend",
            new { reason = "Watch-list matching is outside every declared purpose." }, triaged.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        using var licenceView = await SendAsync(regulator, HttpMethod.Get, $"/api/licences/{licence.Id}");
        Assert.Equal("Suspended", (await BodyAsync(licenceView)).GetProperty("licence").GetProperty("status").GetString());
        using var queue = await SendAsync(holderSession, HttpMethod.Get, "/api/misuse-reports");
        var listed = Assert.Single((await BodyAsync(queue)).EnumerateArray());
        Assert.Equal(("Closed", "Suspension", ""), (listed.GetProperty("status").GetString(), listed.GetProperty("response").GetString(), listed.GetProperty("description").GetString()));
        using var evidenceByHolder = await SendAsync(holderSession, HttpMethod.Get, $"/api/misuse-reports/{id}/evidence/none");
        Assert.Equal(HttpStatusCode.NotFound, evidenceByHolder.StatusCode);
    }

    private static HttpRequestMessage FollowUp(string reference, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/whistleblower/reports/{reference}/status", UriKind.Relative));
        request.Headers.Add(Api.MisuseApi.FollowUpKeyHeader, key);
        return request;
    }

    private async Task<BrowserSession> SignInAsync(string email, bool withCode = false)
    {
        var session = app.NewSession();
        if (withCode)
        {
            await session.SignInWithCodeAsync(email, DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
        }
        else
        {
            await session.SignInAsync(email);
        }

        return session;
    }
}
