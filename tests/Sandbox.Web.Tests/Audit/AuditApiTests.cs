using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Identity.Audit;
using Sandbox.Identity.OAuth;
using Sandbox.Storage.Documents;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;
using Sandbox.Web.Tests.OAuth;

using static Sandbox.Web.Tests.Applications.ApiCalls;

namespace Sandbox.Web.Tests.Audit;

/// <summary><c>/api/audit</c>: auditors and administrators verify the log and read a day's events; nobody else.</summary>
public sealed class AuditApiTests(AccountApp app) : IClassFixture<AccountApp>
{
    private static string Today => AuditChains.Day(DateOnly.FromDateTime(DateTime.UtcNow));

    [Fact]
    public async Task An_auditor_gets_the_report_and_the_events_and_sees_an_entry_tampered_in_the_store()
    {
        using var auditor = app.NewSession();
        await auditor.SignInAsync("auditor@sandbox.demo", DemoAccounts.Password);
        var auditorId = (await app.UserAsync("auditor@sandbox.demo")).Id;

        using var verified = await SendAsync(auditor, HttpMethod.Get, $"/api/audit/verification?from={Today}&to={Today}");
        using var events = await SendAsync(auditor, HttpMethod.Get, $"/api/audit/events?type={AuditEventTypes.SignInSucceeded}");

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var report = await BodyAsync(verified);
        Assert.True(report.GetProperty("intact").GetBoolean(), report.ToString());
        Assert.True(report.GetProperty("entriesChecked").GetInt64() >= 1);
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        var signIn = (await BodyAsync(events)).EnumerateArray().Last(e => e.GetProperty("subject").GetString() == auditorId);
        Assert.Equal(AuditEventTypes.SignInSucceeded, signIn.GetProperty("type").GetString());

        var chain = signIn.GetProperty("chain").GetString()!;
        var id = signIn.GetProperty("id").GetString()!;
        var raw = app.Factory.Services.GetRequiredService<IDocumentStore>().GetContainer(AuditLog.Container.Name);
        var stored = (await raw.ReadAsync(chain, id))!;
        var forged = stored.Body.DeepClone().AsObject();
        forged["actor"] = "somebody-else";
        await raw.ReplaceAsync(forged, stored.ETag);
        using var after = await SendAsync(auditor, HttpMethod.Get, "/api/audit/verification");

        var broken = await BodyAsync(after);
        Assert.False(broken.GetProperty("intact").GetBoolean());
        var problem = Assert.Single(broken.GetProperty("problems").EnumerateArray());
        Assert.Equal((id, "Modified"), (problem.GetProperty("entryId").GetString(), problem.GetProperty("kind").GetString()));
        Assert.Equal($"Entry {id} was changed after it was written.", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Researchers_anonymous_callers_and_clients_acting_for_themselves_are_refused()
    {
        using var applicant = app.NewSession();
        await applicant.SignInAsync("applicant@sandbox.demo", DemoAccounts.Password);
        using var anonymous = app.NewSession();
        using var admin = app.NewSession();
        await admin.SignInWithCodeAsync("admin@sandbox.demo", DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
        using var http = app.Factory.CreateClient();
        var provisioner = await OAuthTestClients.RegisterMachineClientAsync(app.Factory.Services, OAuthScopes.Admin);
        var token = await TokenResponse.ClientCredentialsAsync(http, provisioner, OAuthTestClients.Secret, OAuthScopes.Admin);
        using var byClient = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/audit/verification", UriKind.Relative));
        byClient.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        using var verifyByApplicant = await SendAsync(applicant, HttpMethod.Get, "/api/audit/verification");
        using var eventsByApplicant = await SendAsync(applicant, HttpMethod.Get, "/api/audit/events");
        using var verifyAnonymously = await SendAsync(anonymous, HttpMethod.Get, "/api/audit/verification");
        using var verifyByClient = await http.SendAsync(byClient);
        using var verifyByAdministrator = await SendAsync(admin, HttpMethod.Get, "/api/audit/verification");

        Assert.Equal(HttpStatusCode.Forbidden, verifyByApplicant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, eventsByApplicant.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, verifyAnonymously.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, verifyByClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, verifyByAdministrator.StatusCode);
    }

    [Theory]
    [InlineData("/api/audit/verification?from=2026-13-01", "from")]
    [InlineData("/api/audit/verification?from=2026-12-01&to=yesterday", "to")]
    [InlineData("/api/audit/verification?from=2026-12-02&to=2026-12-01", "to")]
    [InlineData("/api/audit/verification?from=2026-01-01&to=2026-12-01", "to")]
    [InlineData("/api/audit/events?day=01.12.2026", "day")]
    public async Task A_bad_date_or_range_is_a_validation_problem_keyed_by_its_parameter(string path, string parameter)
    {
        using var auditor = app.NewSession();
        await auditor.SignInAsync("auditor@sandbox.demo", DemoAccounts.Password);

        using var response = await SendAsync(auditor, HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await BodyAsync(response)).GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(e => e.Name));
    }
}
