using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Testing.Applications;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;

using static Sandbox.Web.Tests.Applications.ApiCalls;

namespace Sandbox.Web.Tests.Applications;

/// <summary>Cases, decisions and licences over HTTP with the demo accounts: If-Match, validation, no tipping-off, lifecycle actions.</summary>
public sealed class WorkflowsApiTests(AccountApp app) : IClassFixture<AccountApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Lab-only research tools on synthetic flows: Tier 1, one regulator decides.</summary>
    private static ApplicationContent Tier1 => SampleApplications.IntrusionResearch(Today.AddDays(14)) with
    {
        TechnologyItems = [SampleApplications.IntrusionResearch(Today.AddDays(14)).TechnologyItems[0] with { ClassificationCode = "SBX-RESEARCH-TOOLS", Capabilities = [Capability.SensorFusion] }],
    };

    private static LicenceDecision Approval => new()
    {
        Outcome = DecisionOutcome.Approve,
        Conditions = new LicenceConditions
        {
            RetentionDays = 30, AggregateOnly = true, MinimumCellSize = 10, NoRawIdentifiers = true, TelemetryRequired = true, ExportRequiresReview = true,
            DeclaredPurposes = ["Evaluate intrusion detection on synthetic flows"],
        },
        ValidFrom = new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        ValidTo = new DateTimeOffset(Today.AddDays(100).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        Rationale = "Safeguards are proportionate to the risk of this pilot.",
    };

    [Fact]
    public async Task A_regulator_decides_with_if_match_and_the_holder_gets_a_licence_a_regulator_can_suspend()
    {
        using var sessions = await CaseInReviewAsync();
        var (applicant, regulator, applicationId, caseId, etag) = sessions;
        using var noIfMatch = await SendAsync(regulator, HttpMethod.Post, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}/decision", Approval);
        using var invalid = await SendAsync(regulator, HttpMethod.Post, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}/decision",
            new LicenceDecision { Outcome = DecisionOutcome.Refuse, Rationale = "Too short" }, etag);
        using var decided = await SendAsync(regulator, HttpMethod.Post, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}/decision", Approval, etag);
        using var again = await SendAsync(regulator, HttpMethod.Post, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}/decision", Approval, etag);

        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await BodyAsync(invalid)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("refusalCodes", out _));
        Assert.True(errors.TryGetProperty("rationale", out _));
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("licensed", (await BodyAsync(decided)).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, again.StatusCode);

        using var licences = await SendAsync(applicant, HttpMethod.Get, "/api/licences");
        var licence = Assert.Single((await BodyAsync(licences)).EnumerateArray(), l => l.GetProperty("applicationId").GetString() == applicationId);
        var licenceId = licence.GetProperty("id").GetString()!;
        Assert.StartsWith("SBX-", licence.GetProperty("reference").GetString(), StringComparison.Ordinal);
        // Active, and its sandbox provisioned: people act once the lifecycle's automatic steps have run.
        var active = await UntilAsync(regulator, $"/api/licences/{licenceId}", l => l.GetProperty("licence").GetProperty("status").GetString() == "Active"
            && l.GetProperty("actions").EnumerateArray().Any(a => a.GetProperty("trigger").GetString() == "suspend" && a.GetProperty("permitted").GetBoolean()));

        using var bySelf = await SendAsync(applicant, HttpMethod.Post, $"/api/licences/{licenceId}/actions/suspend", new { reason = "I want to" }, active.ETag);
        using var noReason = await SendAsync(regulator, HttpMethod.Post, $"/api/licences/{licenceId}/actions/suspend", new { reason = "" }, active.ETag);
        using var suspended = await SendAsync(regulator, HttpMethod.Post, $"/api/licences/{licenceId}/actions/suspend", new { reason = "Retention condition breached" }, active.ETag);

        Assert.Equal(HttpStatusCode.Conflict, bySelf.StatusCode);
        Assert.Contains("needs the role", (await BodyAsync(bySelf)).GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        Assert.Equal("Suspended", (await BodyAsync(suspended)).GetProperty("licence").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_applicant_sees_the_stage_and_the_regulators_messages_but_no_screening_or_tier()
    {
        using var sessions = await CaseInReviewAsync();
        var (applicant, regulator, applicationId, caseId, etag) = sessions;
        using var asked = await SendAsync(regulator, HttpMethod.Post, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}/triggers/request-information",
            new { reason = "Describe how the synthetic flows are generated." }, etag);

        using var view = await SendAsync(applicant, HttpMethod.Get, $"/api/applications/{applicationId}/case");
        var body = await BodyAsync(view);
        using var instance = await SendAsync(applicant, HttpMethod.Get, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}");
        using var inbox = await SendAsync(applicant, HttpMethod.Get, "/api/inbox");

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal("InformationRequested", body.GetProperty("stage").GetString());
        Assert.Equal("Describe how the synthetic flows are generated.", body.GetProperty("messages")[0].GetProperty("reason").GetString());
        var text = body.GetRawText();
        Assert.DoesNotContain("tier", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("screening", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, instance.StatusCode);
        Assert.Contains((await BodyAsync(inbox)).EnumerateArray(), t => t.GetProperty("subject").GetProperty("id").GetString() == applicationId);
    }

    [Fact]
    public async Task Triggers_that_follow_the_application_or_need_a_decision_are_refused_on_the_trigger_endpoint()
    {
        using var sessions = await CaseInReviewAsync();
        var (applicant, regulator, applicationId, caseId, etag) = sessions;

        using var approve = await SendAsync(regulator, HttpMethod.Post, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}/triggers/approve", new { }, etag);
        using var withdraw = await SendAsync(applicant, HttpMethod.Post, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}/triggers/withdraw", new { reason = "x" }, etag);
        using var caseView = await SendAsync(applicant, HttpMethod.Get, $"/api/applications/{applicationId}/case");
        using var withdrawHere = await SendAsync(applicant, HttpMethod.Post, $"/api/applications/{applicationId}/case/triggers/withdraw", new { reason = "x" }, caseView.Headers.ETag!.Tag);
        using var concurHere = await SendAsync(applicant, HttpMethod.Post, $"/api/applications/{applicationId}/case/triggers/concur", new { }, caseView.Headers.ETag!.Tag);
        using var unknown = await SendAsync(regulator, HttpMethod.Post, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}/triggers/teleport", new { }, etag);

        Assert.Equal(HttpStatusCode.BadRequest, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withdrawHere.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, concurHere.StatusCode);
        var refusal = (await BodyAsync(concurHere)).GetRawText();
        Assert.DoesNotContain("review", refusal, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Conflict, unknown.StatusCode);
    }

    [Fact]
    public async Task Definitions_and_refusal_criteria_are_listed_and_incidents_are_for_administrators()
    {
        using var regulator = await SignInAsync("regulator@sandbox.demo", withCode: true);

        using var definitions = await SendAsync(regulator, HttpMethod.Get, "/api/workflows/definitions");
        using var criteria = await SendAsync(regulator, HttpMethod.Get, "/api/refusal-criteria");
        using var incidents = await SendAsync(regulator, HttpMethod.Get, "/api/workflows/incidents");

        Assert.Equal(
            ["allied-consultation", "expedited-humanitarian-pilot", "misuse-report", "pilot-licence-lifecycle", "standard-pilot-licence", "verified-partner-fast-track"],
            (await BodyAsync(definitions)).EnumerateArray().Select(d => d.GetProperty("id").GetString()).Distinct());
        Assert.Contains((await BodyAsync(criteria)).GetProperty("criteria").EnumerateArray(), c => c.GetProperty("code").GetString() == "SBX-INCOMPLETE-INFORMATION");
        Assert.Equal(HttpStatusCode.Forbidden, incidents.StatusCode);
    }

    /// <summary>The demo applicant's Tier 1 case in review, the two sessions that work it, and the case's ETag.</summary>
    private async Task<ReviewSessions> CaseInReviewAsync()
    {
        await ListsLoadedAsync();
        var applicant = await SignInAsync("applicant@sandbox.demo");
        var regulator = await SignInAsync("regulator@sandbox.demo", withCode: true);
        var applicationId = await SubmitAsync(applicant, Tier1);
        var caseId = await CaseInstanceAsync(regulator, applicationId, "review");
        using var read = await SendAsync(regulator, HttpMethod.Get, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}");
        return new ReviewSessions(applicant, regulator, applicationId, caseId, read.Headers.ETag!.Tag);
    }

    private sealed record ReviewSessions(BrowserSession Applicant, BrowserSession Regulator, string ApplicationId, string CaseId, string ETag) : IDisposable
    {
        public void Dispose()
        {
            Applicant.Dispose();
            Regulator.Dispose();
        }
    }

    private async Task ListsLoadedAsync()
    {
        const string list = "9001,\"ASCOTEC SCIENCE & TECHNOLOGY GMBH\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Registration ID HRB 58745 (Germany).\"\n";
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(list));
        await app.Factory.Services.GetRequiredService<ScreeningListImporter>().ImportSdnCsvAsync(csv, "test.csv", "admin-1");
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
            await session.SignInAsync(email, DemoAccounts.Password);
        }

        return session;
    }

    private static async Task<string> SubmitAsync(BrowserSession applicant, ApplicationContent content)
    {
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", content);
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;
        using var submitted = await SendAsync(applicant, HttpMethod.Post, $"/api/applications/{id}/submission", etag: created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        return id;
    }

    private static async Task<string> CaseInstanceAsync(BrowserSession regulator, string applicationId, string state)
    {
        using var view = await SendAsync(regulator, HttpMethod.Get, $"/api/applications/{applicationId}/case");
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        var instance = Assert.Single((await BodyAsync(view)).EnumerateArray());
        Assert.Equal(state, instance.GetProperty("state").GetString());
        return instance.GetProperty("id").GetString()!;
    }

    /// <summary>Timers fire on the app's own worker: poll until the resource reaches the expected state.</summary>
    private static async Task<(JsonElement Body, string ETag)> UntilAsync(BrowserSession session, string path, Func<JsonElement, bool> reached)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await SendAsync(session, HttpMethod.Get, path);
            var body = await BodyAsync(response);
            if (reached(body) || attempt == 50)
            {
                Assert.True(reached(body), body.GetRawText());
                return (body, response.Headers.ETag!.Tag);
            }

            await Task.Delay(200);
        }
    }
}
