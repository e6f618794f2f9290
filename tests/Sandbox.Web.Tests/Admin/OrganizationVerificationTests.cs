using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;

namespace Sandbox.Web.Tests.Admin;

/// <summary>An administrator verifies a humanitarian organization through the API, with ETag concurrency.</summary>
public sealed class OrganizationVerificationTests(AccountApp app) : IClassFixture<AccountApp>
{
    [Fact]
    public async Task An_administrator_verifies_a_humanitarian_organization_and_a_stale_etag_is_refused()
    {
        var ngo = await app.Organizations.RegisterAsync("Flood Response Network", Sandbox.Domain.Organizations.OrganizationType.HumanitarianOrganization,
            Sandbox.Domain.Organizations.CountryCode.Parse("BD"), "test");
        using var admin = await AdministratorAsync();
        using var read = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/admin/organizations/{ngo.Id}", UriKind.Relative)));
        var etag = read.Headers.ETag!.Tag;

        using var verified = await VerifyAsync(admin, ngo.Id, etag, "VerifiedHumanitarian", "Registered with the national disaster authority");
        using var stale = await VerifyAsync(admin, ngo.Id, etag, "VerifiedPartner", "Second decision on an old copy");
        using var missingEtag = await VerifyAsync(admin, ngo.Id, null, "VerifiedPartner", "No precondition");
        var body = await verified.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.True(body.GetProperty("isVerifiedHumanitarian").GetBoolean());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal((HttpStatusCode)428, missingEtag.StatusCode);
        Assert.False((await app.Organizations.GetAsync(ngo.Id))!.Value.IsVerifiedPartner);
    }

    [Fact]
    public async Task A_company_cannot_be_verified_as_humanitarian_and_a_reason_is_required()
    {
        var company = await app.Organizations.RegisterAsync("Acme Analytics", Sandbox.Domain.Organizations.OrganizationType.Company,
            Sandbox.Domain.Organizations.CountryCode.Parse("DE"), "test");
        var etag = (await app.Organizations.GetAsync(company.Id))!.ETag;
        using var admin = await AdministratorAsync();

        using var wrongType = await VerifyAsync(admin, company.Id, etag, "VerifiedHumanitarian", "It says it helps");
        using var noReason = await VerifyAsync(admin, company.Id, etag, "VerifiedPartner", " ");

        Assert.Equal(HttpStatusCode.Conflict, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
    }

    [Fact]
    public async Task People_who_are_not_administrators_cannot_verify()
    {
        using var regulator = app.NewSession();
        await regulator.SignInWithCodeAsync("regulator@sandbox.demo", DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);

        using var response = await VerifyAsync(regulator, "relief-mapping", "\"any\"", "VerifiedPartner", "Not my call");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<BrowserSession> AdministratorAsync()
    {
        var session = app.NewSession();
        await session.SignInWithCodeAsync("admin@sandbox.demo", DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
        return session;
    }

    private static Task<HttpResponseMessage> VerifyAsync(BrowserSession session, string id, string? etag, string status, string reason)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/admin/organizations/{id}/verification", UriKind.Relative))
        {
            Content = JsonContent.Create(new { status, reason }),
        };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return session.SendAsync(request);
    }
}
