using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Reviews;
using Sandbox.Identity.Audit;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;

namespace Sandbox.Web.Tests.Reviews;

/// <summary><c>/api/admin/reviews</c>: the due list and renewals, for administrators in person only.</summary>
public sealed class ReviewsApiTests(AccountApp app) : IClassFixture<AccountApp>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Only_administrators_read_the_due_list_and_a_bad_window_is_a_problem()
    {
        using var anonymous = app.NewSession();
        using var regulator = await SignInAsync("regulator@sandbox.demo");
        using var admin = await SignInAsync("admin@sandbox.demo");

        using var notSignedIn = await GetAsync(anonymous, "/api/admin/reviews");
        using var forbidden = await GetAsync(regulator, "/api/admin/reviews");
        using var withinAYear = await GetAsync(admin, "/api/admin/reviews?dueWithinDays=3650");
        using var notANumber = await GetAsync(admin, "/api/admin/reviews?dueWithinDays=soon");
        using var negative = await GetAsync(admin, "/api/admin/reviews?dueWithinDays=-5");

        Assert.Equal(HttpStatusCode.Unauthorized, notSignedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withinAYear.StatusCode);
        var items = (await withinAYear.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        var video = Assert.Single(items, i => i.GetProperty("id").GetString() == "SBX-BEHAV-VIDEO");
        Assert.Equal("2027-06-30", video.GetProperty("reviewBy").GetString());
        Assert.Contains(items, i => i.GetProperty("id").GetString() == "end-use");
        await AssertFieldProblemAsync(notANumber, "dueWithinDays");
        await AssertFieldProblemAsync(negative, "dueWithinDays");
    }

    [Fact]
    public async Task An_administrator_renews_with_if_match_and_a_stale_etag_is_refused_and_the_renewal_audited()
    {
        using var admin = await SignInAsync("admin@sandbox.demo");
        var etag = await ListedETagAsync(admin, "duration");
        var reviewBy = Today.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var withoutIfMatch = await RenewAsync(admin, "risk-rule", "duration", null, reviewBy, "Duration bands confirmed.");
        using var invalid = await RenewAsync(admin, "risk-rule", "duration", etag, Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), " ");
        using var badDate = await RenewAsync(admin, "risk-rule", "duration", etag, "31/12/2029", "Duration bands confirmed.");
        using var unknownKind = await RenewAsync(admin, "sanction", "duration", etag, reviewBy, "Duration bands confirmed.");
        using var renewed = await RenewAsync(admin, "risk-rule", "duration", etag, reviewBy, "Duration bands confirmed by the 2026 review.");
        using var stale = await RenewAsync(admin, "risk-rule", "duration", etag, reviewBy, "A second copy.");

        Assert.Equal((HttpStatusCode)428, withoutIfMatch.StatusCode);
        var problems = await AssertFieldProblemAsync(invalid, "reviewBy");
        Assert.True(problems.TryGetProperty("reason", out _));
        await AssertFieldProblemAsync(badDate, "reviewBy");
        Assert.Equal(HttpStatusCode.NotFound, unknownKind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        var body = await renewed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(reviewBy, body.GetProperty("reviewBy").GetString());
        Assert.Equal("Duration bands confirmed by the 2026 review.", body.GetProperty("lastRenewal").GetProperty("reason").GetString());
        Assert.Equal(body.GetProperty("eTag").GetString(), renewed.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        var audited = await app.Factory.Services.GetRequiredService<AuditLog>().ReadDayAsync(Today, ReviewAuditEvents.Renewed);
        Assert.Single(audited, e => e.Details["id"] == "duration" && e.Details["reviewBy"] == reviewBy);
    }

    [Fact]
    public async Task A_regulator_cannot_renew()
    {
        using var regulator = await SignInAsync("regulator@sandbox.demo");

        using var response = await RenewAsync(regulator, "risk-rule", "data", ReviewRecord.UnrenewedETag, Today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Not my call");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<JsonElement> AssertFieldProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.NotEmpty(errors.GetProperty(field).EnumerateArray());
        return errors;
    }

    private static async Task<string> ListedETagAsync(BrowserSession session, string id)
    {
        using var response = await GetAsync(session, "/api/admin/reviews");
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray();
        return items.Single(i => i.GetProperty("id").GetString() == id).GetProperty("eTag").GetString()!;
    }

    private async Task<BrowserSession> SignInAsync(string email)
    {
        var session = app.NewSession();
        await session.SignInWithCodeAsync(email, DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
        return session;
    }

    private static Task<HttpResponseMessage> GetAsync(BrowserSession session, string path) =>
        session.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)));

    private static Task<HttpResponseMessage> RenewAsync(BrowserSession session, string kind, string id, string? etag, string reviewBy, string reason)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/admin/reviews/{kind}/{id}/renewal", UriKind.Relative))
        {
            Content = JsonContent.Create(new { reviewBy, reason }),
        };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return session.SendAsync(request);
    }
}
