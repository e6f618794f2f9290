using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Access;
using Sandbox.Domain.Access;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Oversight.ExitReports;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;
using Sandbox.Web.Tests.Sandboxes;
using Sandbox.Workflows.Runtime;
using static Sandbox.Web.Tests.Applications.ApiCalls;

namespace Sandbox.Web.Tests.ExitReports;

/// <summary>Exit reports and proofs over HTTP: 401 without sign-in, 403 for the wrong side, 404, 400 by field, 428/412 on ETags, the public forms.</summary>
public sealed class ExitReportsApiTests(AccountApp app) : IClassFixture<AccountApp>
{
    private static readonly object Narrative = new
    {
        learned = "Flow features detect scanning reliably; exfiltration is harder.",
        results = "Detection accuracy of 0.93 on synthetic flows across protocols.",
        deviations = "None.",
        dataDisposal = "Working copies outside the sandbox were deleted at the end.",
        dataDisposalConfirmed = true,
    };

    [Fact]
    public async Task The_holder_completes_an_ended_pilots_report_a_regulator_accepts_it_and_it_is_published_and_proven()
    {
        var email = await app.NewAccountAsync();
        var user = await app.UserAsync(email);
        var licence = await RevokedLicenceAsync(new CaseActor(user.Id, user.OrganizationId, new HashSet<string> { SandboxRoles.Applicant }));
        var path = $"/api/exit-reports/{licence.Id}";
        using var anonymous = app.NewSession();
        using var holder = app.NewSession();
        await holder.SignInAsync(email);
        using var regulator = app.NewSession();
        await regulator.SignInWithCodeAsync("regulator@sandbox.demo", DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
        using var outsider = app.NewSession();
        await outsider.SignInAsync(await app.NewAccountAsync());

        using var signedOut = await SendAsync(anonymous, HttpMethod.Get, path);
        using var byTheLifecycle = await SendAsync(regulator, HttpMethod.Get, path);
        using var assembled = await SendAsync(holder, HttpMethod.Post, path);
        using var hidden = await SendAsync(outsider, HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byTheLifecycle.StatusCode);
        Assert.Equal("system", (await BodyAsync(byTheLifecycle)).GetProperty("history")[0].GetProperty("actorId").GetString());
        Assert.Equal(HttpStatusCode.OK, assembled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("Revoked", (await BodyAsync(assembled)).GetProperty("facts").GetProperty("outcome").GetString());
        var etag = assembled.Headers.ETag!.Tag;

        using var noIfMatch = await SendAsync(holder, HttpMethod.Put, $"{path}/narrative", Narrative);
        using var incomplete = await SendAsync(holder, HttpMethod.Post, $"{path}/submission", etag: etag);
        using var tooLong = await SendAsync(holder, HttpMethod.Put, $"{path}/narrative", new { results = new string('x', 8001) }, etag);
        using var saved = await SendAsync(holder, HttpMethod.Put, $"{path}/narrative", Narrative, etag);
        using var stale = await SendAsync(holder, HttpMethod.Put, $"{path}/narrative", Narrative, etag);
        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var errors = (await BodyAsync(incomplete)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("learned", out _) && errors.TryGetProperty("dataDisposalConfirmed", out _));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await BodyAsync(tooLong)).GetProperty("errors").TryGetProperty("results", out _));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);

        etag = saved.Headers.ETag!.Tag;
        using var submittedByRegulator = await SendAsync(regulator, HttpMethod.Post, $"{path}/submission", etag: etag);
        using var submitted = await SendAsync(holder, HttpMethod.Post, $"{path}/submission", etag: etag);
        etag = submitted.Headers.ETag!.Tag;
        using var acceptedByHolder = await SendAsync(holder, HttpMethod.Post, $"{path}/acceptance", etag: etag);
        using var returnWithoutReason = await SendAsync(regulator, HttpMethod.Post, $"{path}/return", new { reason = "" }, etag);
        using var accepted = await SendAsync(regulator, HttpMethod.Post, $"{path}/acceptance", etag: etag);
        Assert.Equal(HttpStatusCode.Forbidden, submittedByRegulator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, acceptedByHolder.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, returnWithoutReason.StatusCode);
        Assert.Equal("Accepted", (await BodyAsync(accepted)).GetProperty("status").GetString());

        using var approved = await SendAsync(regulator, HttpMethod.Post, $"{path}/publication-approval", etag: accepted.Headers.ETag!.Tag);
        using var unpublished = await SendAsync(anonymous, HttpMethod.Get, $"/api/public/exit-reports/{licence.Id}");
        using var consentUnsaid = await SendAsync(holder, HttpMethod.Post, $"{path}/consent", new { naming = "Named" }, approved.Headers.ETag!.Tag);
        Assert.True((await BodyAsync(consentUnsaid)).GetProperty("errors").TryGetProperty("give", out _));
        using var consented = await SendAsync(holder, HttpMethod.Post, $"{path}/consent", new { give = true, naming = "Generalized" }, approved.Headers.ETag!.Tag);
        using var published = await SendAsync(anonymous, HttpMethod.Get, $"/api/public/exit-reports/{licence.Id}");
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        Assert.True((await BodyAsync(consented)).GetProperty("published").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var payload = await published.Content.ReadAsStringAsync();
        foreach (var personal in new[] { email, user.Id, user.DisplayName, licence.HolderOrganizationName, "Rita" }.Where(p => p.Length > 0))
        {
            Assert.DoesNotMatch(new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(personal)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase), payload);
        }

        using var publicPage = await SendAsync(anonymous, HttpMethod.Get, $"/exit-reports/public/{licence.Id}");
        var html = await publicPage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Contains(licence.Reference, html, StringComparison.Ordinal);
        Assert.DoesNotContain(email, html, StringComparison.OrdinalIgnoreCase);

        using var noLicence = await SendAsync(holder, HttpMethod.Post, "/api/proofs", new { });
        using var proofSignedOut = await SendAsync(anonymous, HttpMethod.Post, "/api/proofs", new { licenceId = licence.Id });
        using var proofByOutsider = await SendAsync(outsider, HttpMethod.Post, "/api/proofs", new { licenceId = licence.Id });
        using var proof = await SendAsync(holder, HttpMethod.Post, "/api/proofs", new { licenceId = licence.Id });
        Assert.Equal(HttpStatusCode.BadRequest, noLicence.StatusCode);
        Assert.True((await BodyAsync(noLicence)).GetProperty("errors").TryGetProperty("licenceId", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, proofSignedOut.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, proofByOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.Created, proof.StatusCode);
        using var verified = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Get, proof.Headers.Location));
        var body = await BodyAsync(verified);
        Assert.True(body.GetProperty("verified").GetBoolean());
        Assert.Equal(body.GetProperty("sha256").GetString(), verified.Headers.GetValues("X-Content-SHA256").Single());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body.GetProperty("canonicalJson").GetString()!))),
            body.GetProperty("sha256").GetString());
        using var proofPage = await SendAsync(anonymous, HttpMethod.Get, $"/proofs/{body.GetProperty("id").GetString()}");
        Assert.Contains(body.GetProperty("sha256").GetString()!, await proofPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var unknownProof = await SendAsync(anonymous, HttpMethod.Get, "/api/proofs/PRF-NONE");
        Assert.Equal(HttpStatusCode.NotFound, unknownProof.StatusCode);
    }

    /// <summary>An active licence of the holder with its sandbox, revoked by a regulator, so its pilot has ended.</summary>
    private async Task<PilotLicence> RevokedLicenceAsync(CaseActor holder)
    {
        var services = app.Factory.Services;
        var (licence, _) = await SandboxArrangement.ActiveSandboxAsync(services, holder, days: 30);
        var engine = services.GetRequiredService<WorkflowEngine>();
        var lifecycle = CaseDefinitions.LifecycleInstanceId(licence.Id);
        await SandboxArrangement.EventuallyAsync(async () =>
            (await engine.PermittedAsync(lifecycle, WorkflowActors.From(SandboxArrangement.Regulator, "Rita"))).Any(t => t.Trigger == "revoke" && t.Permitted) ? "ready" : null);
        await using (var scope = services.CreateAsyncScope())
        {
            var etag = (await engine.GetAsync(lifecycle))!.ETag;
            await scope.ServiceProvider.GetRequiredService<LicenceActions>().ActAsync(SandboxArrangement.Regulator, "Rita", licence.Id, "revoke", "Conditions breached.", null, etag);
        }

        var ended = await SandboxArrangement.EventuallyAsync(async () =>
            (await services.GetRequiredService<LicenceRegistry>().GetAsync(licence.Id))?.Value is { Status: LicenceStatus.Revoked } revoked ? revoked : null);
        // The lifecycle assembles the exit report after the status changes.
        await SandboxArrangement.EventuallyAsync(async () =>
            (await services.GetRequiredService<Sandbox.Storage.Documents.DocumentSet<ExitReport>>().ReadAsync(licence.Id, licence.Id))?.Value);
        return ended;
    }
}
