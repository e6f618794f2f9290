using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;
using static Sandbox.Web.Tests.Applications.ApiCalls;

namespace Sandbox.Web.Tests.Transparency;

/// <summary><c>/api/transparency</c>: public reading, regulators' previews, senior regulators' publication.</summary>
public sealed class TransparencyApiTests(AccountApp app) : IClassFixture<AccountApp>
{
    [Fact]
    public async Task A_senior_publishes_a_period_once_and_anyone_downloads_it_as_json_with_its_hash_and_as_csv()
    {
        using var senior = app.NewSession();
        await senior.SignInWithCodeAsync("senior@sandbox.demo", DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
        using var anonymous = app.NewSession();

        using var preview = await SendAsync(senior, HttpMethod.Get, "/api/transparency/preview?period=2024-Q2");
        using var published = await SendAsync(senior, HttpMethod.Post, "/api/transparency/reports", new { period = "2024-Q2" });
        using var again = await SendAsync(senior, HttpMethod.Post, "/api/transparency/reports", new { period = "2024-Q2" });
        using var unexplained = await SendAsync(senior, HttpMethod.Post, "/api/transparency/reports", new { period = "2024-Q2", newRevision = true });
        using var unended = await SendAsync(senior, HttpMethod.Post, "/api/transparency/reports", new { period = $"{DateTime.UtcNow.Year}" });
        using var overlapping = await SendAsync(senior, HttpMethod.Post, "/api/transparency/reports", new { period = "2024" });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var exact = await BodyAsync(preview);
        Assert.Equal((1, "2024-Q2"), (exact.GetProperty("minimumCount").GetInt32(), exact.GetProperty("period").GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var summary = await BodyAsync(published);
        Assert.Equal("2024-Q2", summary.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Already published", (await BodyAsync(again)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unexplained.StatusCode);
        Assert.True((await BodyAsync(unexplained)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.Conflict, unended.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Equal("Overlaps a published period", (await BodyAsync(overlapping)).GetProperty("title").GetString());

        using var list = await SendAsync(anonymous, HttpMethod.Get, "/api/transparency/reports");
        using var json = await SendAsync(anonymous, HttpMethod.Get, "/api/transparency/reports/2024-Q2");
        using var csv = await SendAsync(anonymous, HttpMethod.Get, "/api/transparency/reports/2024-Q2?format=csv");
        Assert.Contains((await BodyAsync(list)).EnumerateArray(), r => r.GetProperty("id").GetString() == "2024-Q2" && r.GetProperty("current").GetBoolean());
        var text = await json.Content.ReadAsStringAsync();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        Assert.Equal((hash, hash), (summary.GetProperty("contentSha256").GetString(), json.Headers.GetValues("X-Content-SHA256").Single()));
        using var document = JsonDocument.Parse(text);
        Assert.Equal(("transparency-report.v1", 5), (document.RootElement.GetProperty("schema").GetString(), document.RootElement.GetProperty("minimumCount").GetInt32()));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("section,figure,key,label,value\r\nperiod,id,2024-Q2,Q2 2024,complete", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var audited = await app.AuditEventsAsync("2024-Q2", "transparency.report-published");
        Assert.Equal(hash, Assert.Single(audited).Details["sha256"]);
    }

    [Fact]
    public async Task Regulators_preview_and_are_told_what_is_wrong_with_a_period_but_only_seniors_publish()
    {
        using var regulator = app.NewSession();
        await regulator.SignInWithCodeAsync("regulator@sandbox.demo", DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);

        using var preview = await SendAsync(regulator, HttpMethod.Get, "/api/transparency/preview?period=2025&view=public");
        using var garbled = await SendAsync(regulator, HttpMethod.Get, "/api/transparency/preview?period=last-year");
        using var future = await SendAsync(regulator, HttpMethod.Get, "/api/transparency/preview?period=2025-01-01..2099-01-01");
        using var backwards = await SendAsync(regulator, HttpMethod.Get, "/api/transparency/preview?period=2025-03-01..2025-02-01");
        using var publish = await SendAsync(regulator, HttpMethod.Post, "/api/transparency/reports", new { period = "2025" });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(5, (await BodyAsync(preview)).GetProperty("minimumCount").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, garbled.StatusCode);
        Assert.Contains("2026-Q3", (await BodyAsync(garbled)).GetProperty("errors").GetProperty("period")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.StartsWith("The last day cannot be after today", (await BodyAsync(future)).GetProperty("errors").GetProperty("to")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_and_applicants_read_published_reports_but_cannot_preview_or_publish()
    {
        using var anonymous = app.NewSession();
        using var applicant = app.NewSession();
        await applicant.SignInAsync("applicant@sandbox.demo", DemoAccounts.Password);

        using var list = await SendAsync(anonymous, HttpMethod.Get, "/api/transparency/reports");
        using var missing = await SendAsync(anonymous, HttpMethod.Get, "/api/transparency/reports/1999");
        using var badFormat = await SendAsync(anonymous, HttpMethod.Get, "/api/transparency/reports/1999?format=xlsx");
        using var anonymousPreview = await SendAsync(anonymous, HttpMethod.Get, "/api/transparency/preview?period=2025");
        using var anonymousPublish = await SendAsync(anonymous, HttpMethod.Post, "/api/transparency/reports", new { period = "2025" });
        using var applicantPreview = await SendAsync(applicant, HttpMethod.Get, "/api/transparency/preview?period=2025");
        using var applicantPublish = await SendAsync(applicant, HttpMethod.Post, "/api/transparency/reports", new { period = "2025" });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousPreview.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousPublish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, applicantPreview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, applicantPublish.StatusCode);
    }
}
