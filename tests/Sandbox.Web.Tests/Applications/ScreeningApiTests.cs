using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;
using Sandbox.Testing.Applications;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;

using static Sandbox.Web.Tests.Applications.ApiCalls;

namespace Sandbox.Web.Tests.Applications;

/// <summary>Screening over HTTP: list import by an administrator, a hit on submission, adjudication and re-assessment.</summary>
public sealed class ScreeningApiTests(AccountApp app) : IClassFixture<AccountApp>
{
    private const string List = """
        9001,"ASCOTEC SCIENCE & TECHNOLOGY GMBH",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. 'ASCOTEC'; Registration ID HRB 58745 (Germany)."
        9002,"IVANOV, Pyotr Sergeyevich","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 01 Jan 1970; nationality Russia."
        """;

    [Fact]
    public async Task A_party_on_the_list_waits_for_adjudication_and_a_false_positive_clears_the_case()
    {
        using var admin = await SignInWithCodeAsync("admin@sandbox.demo");
        using var imported = await ImportAsync(admin, List);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        using var applicant = app.NewSession();
        await applicant.SignInAsync("applicant@sandbox.demo", DemoAccounts.Password);
        var content = SampleApplications.CrowdCounting(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14));
        content = content with { Parties = [.. content.Parties, new Party { Role = PartyRole.ThirdParty, Name = "Ascotec Science & Technology GmbH", Sector = PartySector.CommercialCompany, Country = "DE" }] };
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", content);
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;
        using var submitted = await SendAsync(applicant, HttpMethod.Post, $"/api/applications/{id}/submission", etag: created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        using var regulator = await SignInWithCodeAsync("regulator@sandbox.demo");

        using var pending = await SendAsync(regulator, HttpMethod.Get, $"/api/applications/{id}");
        using var screening = await SendAsync(regulator, HttpMethod.Get, $"/api/applications/{id}/screening");
        var party = (await BodyAsync(screening)).GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("partyIndex").GetInt32() == 2);
        var hit = party.GetProperty("hits")[0];
        using var noReason = await AdjudicateAsync(regulator, id, hit, "FalsePositive", " ");
        using var decided = await AdjudicateAsync(regulator, id, hit, "FalsePositive", "Different company: registered in Delft, not the listed Hamburg entity.");
        using var applicantTries = await AdjudicateAsync(applicant, id, hit, "FalsePositive", "It is not us.");
        using var again = await SendAsync(regulator, HttpMethod.Get, $"/api/applications/{id}/screening");

        var before = (await BodyAsync(pending)).GetProperty("case");
        Assert.Equal("PendingAdjudication", before.GetProperty("screeningStatus").GetString());
        Assert.Equal("9001", hit.GetProperty("entry").GetProperty("entryId").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var after = (await BodyAsync(decided)).GetProperty("case");
        Assert.Equal("Clear", after.GetProperty("screeningStatus").GetString());
        Assert.True(after.GetProperty("assessment").GetProperty("score").GetInt32() < before.GetProperty("assessment").GetProperty("score").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, applicantTries.StatusCode);
        Assert.Equal("Remembered", (await BodyAsync(again)).GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("partyIndex").GetInt32() == 2)
            .GetProperty("hits")[0].GetProperty("adjudicationState").GetString());
    }

    [Fact]
    public async Task Regulators_screen_names_and_others_may_not()
    {
        using var admin = await SignInWithCodeAsync("admin@sandbox.demo");
        using var imported = await ImportAsync(admin, List);
        using var regulator = await SignInWithCodeAsync("regulator@sandbox.demo");
        using var applicant = app.NewSession();
        await applicant.SignInAsync("applicant@sandbox.demo", DemoAccounts.Password);

        using var found = await SendAsync(regulator, HttpMethod.Post, "/api/screening/screen", new { name = "Pyotr Ivanov", country = "RU" });
        using var empty = await SendAsync(regulator, HttpMethod.Post, "/api/screening/screen", new { name = "  " });
        using var refused = await SendAsync(applicant, HttpMethod.Post, "/api/screening/screen", new { name = "Pyotr Ivanov" });

        var hits = (await BodyAsync(found)).GetProperty("hits");
        Assert.Equal("9002", hits[0].GetProperty("entry").GetProperty("entryId").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_screened_name_is_adjudicated_once_remembered_and_changed_only_with_its_etag()
    {
        using var admin = await SignInWithCodeAsync("admin@sandbox.demo");
        using var imported = await ImportAsync(admin, List);
        using var regulator = await SignInWithCodeAsync("regulator@sandbox.demo");
        using var screened = await SendAsync(regulator, HttpMethod.Post, "/api/screening/screen", new { name = "Pyotr Sergeyevich Ivanov", country = "RU" });
        var hit = (await BodyAsync(screened)).GetProperty("hits")[0];
        object Decision(string? outcome) => new
        {
            screenedName = "Pyotr Sergeyevich Ivanov", country = "RU", listId = hit.GetProperty("entry").GetProperty("listId").GetString(),
            entryId = hit.GetProperty("entry").GetProperty("entryId").GetString(), entryHash = hit.GetProperty("entryHash").GetString(), outcome, reason = "Date of birth differs: 1984, not 1970.",
        };

        using var noOutcome = await SendAsync(regulator, HttpMethod.Post, "/api/screening/adjudications", Decision(null));
        using var decided = await SendAsync(regulator, HttpMethod.Post, "/api/screening/adjudications", Decision("FalsePositive"));
        using var overwrite = await SendAsync(regulator, HttpMethod.Post, "/api/screening/adjudications", Decision("TrueMatch"));
        using var changed = await SendAsync(regulator, HttpMethod.Post, "/api/screening/adjudications", Decision("TrueMatch"), decided.Headers.ETag!.Tag);
        using var again = await SendAsync(regulator, HttpMethod.Post, "/api/screening/screen", new { name = "Pyotr Sergeyevich Ivanov", country = "RU" });

        Assert.Equal(HttpStatusCode.BadRequest, noOutcome.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, overwrite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var remembered = (await BodyAsync(again)).GetProperty("hits")[0].GetProperty("adjudication");
        Assert.Equal("TrueMatch", remembered.GetProperty("outcome").GetString());
        Assert.Equal("Date of birth differs: 1984, not 1970.", remembered.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Imports_are_idempotent_malformed_files_are_refused_and_only_administrators_import()
    {
        using var admin = await SignInWithCodeAsync("admin@sandbox.demo");
        using var first = await ImportAsync(admin, List);
        using var second = await ImportAsync(admin, List);
        using var malformed = await ImportAsync(admin, "9003,\"UNCLOSED NAME,-0- ");
        using var wrongType = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("/api/screening/lists/ofac-sdn/imports", UriKind.Relative)) { Content = JsonContent.Create(new { }) });
        using var regulator = await SignInWithCodeAsync("regulator@sandbox.demo");
        using var byRegulator = await ImportAsync(regulator, List);
        using var history = await SendAsync(regulator, HttpMethod.Get, "/api/screening/lists/ofac-sdn/imports");

        var report = await BodyAsync(second);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((0, 0, 0), (report.GetProperty("added").GetInt32(), report.GetProperty("changed").GetInt32(), report.GetProperty("removed").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byRegulator.StatusCode);
        Assert.True((await BodyAsync(history)).GetArrayLength() >= 2);
    }

    [Fact]
    public async Task A_recorded_allied_denial_is_screened_and_can_be_withdrawn_with_its_etag()
    {
        using var regulator = await SignInWithCodeAsync("regulator@sandbox.demo");
        var reference = "DE-BAFA-" + Guid.NewGuid().ToString("N")[..8];
        using var invalid = await SendAsync(regulator, HttpMethod.Post, "/api/screening/allied-denials", new
        {
            authorityCountry = "XX", authorityReference = reference, deniedPartyName = "", partyCountry = "IR", classificationCode = "5A001.j", endUseSummary = "Monitoring", deniedOn = "2026-06-01",
        });
        using var registered = await SendAsync(regulator, HttpMethod.Post, "/api/screening/allied-denials", new
        {
            authorityCountry = "DE", authorityReference = reference, deniedPartyName = "Orion Signal Systems LLC", partyCountry = "IR", classificationCode = "5A001.j",
            endUseSummary = "Nationwide IP traffic monitoring for the security services", deniedOn = "2026-06-01",
        });
        var denial = await BodyAsync(registered);
        using var screened = await SendAsync(regulator, HttpMethod.Post, "/api/screening/screen", new { name = "Orion Signal Systems", country = "IR" });
        using var noEtag = await SendAsync(regulator, HttpMethod.Post, $"/api/screening/allied-denials/{denial.GetProperty("id").GetString()}/withdrawal", new { reason = "Annulled by the ally" });
        using var withdrawn = await SendAsync(regulator, HttpMethod.Post, $"/api/screening/allied-denials/{denial.GetProperty("id").GetString()}/withdrawal", new { reason = "Annulled by the ally" }, registered.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Contains((await BodyAsync(screened)).GetProperty("hits").EnumerateArray(), h => h.GetProperty("entry").GetProperty("listId").GetString() == "allied-denials");
        Assert.Equal((HttpStatusCode)428, noEtag.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
    }

    private async Task<BrowserSession> SignInWithCodeAsync(string email)
    {
        var session = app.NewSession();
        await session.SignInWithCodeAsync(email, DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
        return session;
    }

    private static Task<HttpResponseMessage> ImportAsync(BrowserSession session, string csv) =>
        session.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("/api/screening/lists/ofac-sdn/imports?source=test.csv", UriKind.Relative))
        {
            Content = new StringContent(csv + "\n", Encoding.UTF8, MediaTypeHeaderValue.Parse("text/csv")),
        });

    private static Task<HttpResponseMessage> AdjudicateAsync(BrowserSession session, string id, JsonElement hit, string outcome, string reason) =>
        SendAsync(session, HttpMethod.Post, $"/api/applications/{id}/screening/adjudications", new
        {
            version = 1,
            partyIndex = 2,
            listId = hit.GetProperty("entry").GetProperty("listId").GetString(),
            entryId = hit.GetProperty("entry").GetProperty("entryId").GetString(),
            entryHash = hit.GetProperty("entryHash").GetString(),
            outcome,
            reason,
        });
}
