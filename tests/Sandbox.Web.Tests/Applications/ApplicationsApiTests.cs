using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;
using Sandbox.Testing.Applications;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;

using static Sandbox.Web.Tests.Applications.ApiCalls;

namespace Sandbox.Web.Tests.Applications;

/// <summary>The applications API over HTTP with the demo accounts: validation, concurrency and who sees what.</summary>
public sealed class ApplicationsApiTests(AccountApp app) : IClassFixture<AccountApp>
{
    private static ApplicationContent Complete => SampleApplications.CrowdCounting(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14));

    [Fact]
    public async Task An_applicant_drafts_submits_and_a_regulator_sees_the_assessed_case()
    {
        using var applicant = await ApplicantAsync();
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", Complete);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;

        using var submitted = await SendAsync(applicant, HttpMethod.Post, $"/api/applications/{id}/submission", etag: created.Headers.ETag!.Tag);
        var applicantView = await BodyAsync(submitted);
        using var regulator = await RegulatorAsync();
        using var read = await SendAsync(regulator, HttpMethod.Get, $"/api/applications/{id}");
        var caseView = await BodyAsync(read);
        using var queue = await SendAsync(regulator, HttpMethod.Get, "/api/applications?sort=SlaDue&pageSize=200");

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("Submitted", applicantView.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, applicantView.GetProperty("case").ValueKind);
        var details = caseView.GetProperty("case");
        Assert.InRange(details.GetProperty("tier").GetInt32(), 1, 4);
        Assert.NotEmpty(details.GetProperty("assessment").GetProperty("factors").EnumerateArray().Select(f => f.GetProperty("explanation").GetString()));
        Assert.Contains((await BodyAsync(queue)).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Submission_problems_are_a_validation_problem_naming_each_field()
    {
        using var applicant = await ApplicantAsync();
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", Complete with { Contact = null, Parties = [] });
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;

        using var refused = await SendAsync(applicant, HttpMethod.Post, $"/api/applications/{id}/submission", etag: created.Headers.ETag!.Tag);
        var errors = (await BodyAsync(refused)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(errors.TryGetProperty("contact.name", out _));
        Assert.True(errors.TryGetProperty("parties", out _));
    }

    [Fact]
    public async Task Malformed_drafts_and_unknown_values_are_400_and_the_stored_draft_is_kept()
    {
        using var applicant = await ApplicantAsync();
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", Complete);
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;
        var etag = created.Headers.ETag!.Tag;

        using var badCountry = await SendAsync(applicant, HttpMethod.Put, $"/api/applications/{id}/draft", Complete with { Parties = [new Party { Name = "X", Country = "ZZ" }] }, etag);
        using var unknownEnum = await SendRawAsync(applicant, HttpMethod.Put, $"/api/applications/{id}/draft", """{"deployment":"Moon"}""", etag);
        using var notJson = await SendRawAsync(applicant, HttpMethod.Put, $"/api/applications/{id}/draft", "{", etag);
        using var read = await SendAsync(applicant, HttpMethod.Get, $"/api/applications/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, badCountry.StatusCode);
        Assert.True((await BodyAsync(badCountry)).GetProperty("errors").TryGetProperty("parties[0].country", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknownEnum.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(etag, read.Headers.ETag!.Tag);
        Assert.Equal(Complete.Plan!.Title, (await BodyAsync(read)).GetProperty("draft").GetProperty("plan").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("""{"contact":{"email":"not-an-address"}}""", "contact.email")]
    [InlineData("""{"parties":[{"name":"X","country":"Atlantis"}]}""", "parties[0].country")]
    [InlineData("""{"parties":null}""", "parties")]
    [InlineData("""{"requestedDurationDays":0}""", "requestedDurationDays")]
    [InlineData("""{"technologyItems":[{"capabilities":["FacialRecognition","FacialRecognition"]}]}""", "technologyItems[0].capabilities")]
    [InlineData("""{"affectedPopulations":{"estimatedPeople":-1}}""", "affectedPopulations.estimatedPeople")]
    [InlineData("""{"sandboxTemplateId":"a-template-id-that-is-far-too-long-to-be-one-of-ours-and-goes-on-and-on"}""", "sandboxTemplateId")]
    public async Task Every_malformed_draft_field_is_named_in_a_400(string json, string field)
    {
        using var applicant = await ApplicantAsync();
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", ApplicationContent.Empty);
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;

        using var refused = await SendRawAsync(applicant, HttpMethod.Put, $"/api/applications/{id}/draft", json, created.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await BodyAsync(refused)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), errors.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    public static TheoryData<string, string> IncompleteApplications() => new()
    {
        { "template", "sandboxTemplateId" },
        { "classification", "technologyItems[0].classificationCode" },
        { "expedited", "expedited" },
        { "consent", "safeguards.measures" },
        { "duration", "requestedDurationDays" },
        { "end-user", "parties" },
        { "milestone", "plan.milestones[0].dueOn" },
    };

    [Theory]
    [MemberData(nameof(IncompleteApplications))]
    public async Task Every_submission_problem_is_named_in_a_400_and_the_draft_stays(string change, string field)
    {
        var content = change switch
        {
            "template" => Complete with { SandboxTemplateId = "no-such-template" },
            "classification" => Complete with { TechnologyItems = [Complete.TechnologyItems[0] with { ClassificationCode = "SBX-NOT-LISTED" }] },
            "expedited" => Complete with { Expedited = new ExpeditedRequest("We are in a hurry for commercial reasons this quarter.") },
            "consent" => Complete with { DataCategories = [DataCategory.Biometric] },
            "duration" => Complete with { RequestedDurationDays = 200 },
            "end-user" => Complete with { Parties = [Complete.Parties[1]] },
            _ => Complete with { Plan = Complete.Plan! with { Milestones = [new Milestone("Too late", Complete.Plan.StartOn!.Value.AddDays(400))] } },
        };
        using var applicant = await ApplicantAsync();
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", content);
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;

        using var refused = await SendAsync(applicant, HttpMethod.Post, $"/api/applications/{id}/submission", etag: created.Headers.ETag!.Tag);
        using var read = await SendAsync(applicant, HttpMethod.Get, $"/api/applications/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await BodyAsync(refused)).GetProperty("errors").TryGetProperty(field, out _), await refused.Content.ReadAsStringAsync());
        Assert.Equal("Draft", (await BodyAsync(read)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Changes_need_if_match_and_a_stale_etag_is_412()
    {
        using var applicant = await ApplicantAsync();
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", Complete);
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;
        var etag = created.Headers.ETag!.Tag;

        using var noPrecondition = await SendAsync(applicant, HttpMethod.Put, $"/api/applications/{id}/draft", Complete);
        using var first = await SendAsync(applicant, HttpMethod.Put, $"/api/applications/{id}/draft", Complete with { RequestedDurationDays = 100 }, etag);
        using var stale = await SendAsync(applicant, HttpMethod.Put, $"/api/applications/{id}/draft", Complete with { RequestedDurationDays = 150 }, etag);
        using var read = await SendAsync(applicant, HttpMethod.Get, $"/api/applications/{id}");

        Assert.Equal((HttpStatusCode)428, noPrecondition.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(100, (await BodyAsync(read)).GetProperty("draft").GetProperty("requestedDurationDays").GetInt32());
    }

    [Fact]
    public async Task Other_organizations_and_anonymous_callers_cannot_see_an_application()
    {
        using var applicant = await ApplicantAsync();
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", Complete);
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;
        using var humanitarian = app.NewSession();
        await humanitarian.SignInAsync("humanitarian@sandbox.demo", DemoAccounts.Password);
        using var anonymous = app.NewSession();
        using var regulator = await RegulatorAsync();

        using var otherOrganization = await SendAsync(humanitarian, HttpMethod.Get, $"/api/applications/{id}");
        using var notSignedIn = await SendAsync(anonymous, HttpMethod.Get, $"/api/applications/{id}");
        using var draftForRegulator = await SendAsync(regulator, HttpMethod.Get, $"/api/applications/{id}");
        using var regulatorCreates = await SendAsync(regulator, HttpMethod.Post, "/api/applications", Complete);

        Assert.Equal(HttpStatusCode.NotFound, otherOrganization.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, notSignedIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, draftForRegulator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, regulatorCreates.StatusCode);
    }

    [Fact]
    public async Task An_amendment_shows_its_diff_and_becomes_version_two()
    {
        using var applicant = await ApplicantAsync();
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", Complete);
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;
        using var v1 = await SendAsync(applicant, HttpMethod.Post, $"/api/applications/{id}/submission", etag: created.Headers.ETag!.Tag);
        using var amend = await SendAsync(applicant, HttpMethod.Post, $"/api/applications/{id}/amendment", etag: v1.Headers.ETag!.Tag);
        using var saved = await SendAsync(applicant, HttpMethod.Put, $"/api/applications/{id}/draft", Complete with { RequestedDurationDays = 100 }, amend.Headers.ETag!.Tag);

        using var diff = await SendAsync(applicant, HttpMethod.Get, $"/api/applications/{id}/diff?from=1");
        using var v2 = await SendAsync(applicant, HttpMethod.Post, $"/api/applications/{id}/submission", etag: saved.Headers.ETag!.Tag);
        using var versions = await SendAsync(applicant, HttpMethod.Get, $"/api/applications/{id}/versions");

        var change = Assert.Single((await BodyAsync(diff)).EnumerateArray());
        Assert.Equal("requestedDurationDays", change.GetProperty("field").GetString());
        Assert.Equal(2, (await BodyAsync(v2)).GetProperty("versionCount").GetInt32());
        var listed = (await BodyAsync(versions)).EnumerateArray().ToList();
        Assert.Equal(2, listed.Count);
        Assert.All(listed, v => Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (v.GetProperty("screening").ValueKind, v.GetProperty("assessment").ValueKind)));
    }

    [Fact]
    public async Task Attachments_are_checked_by_type_and_size_and_downloadable_by_the_applicant()
    {
        using var applicant = await ApplicantAsync();
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", Complete);
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;

        using var fake = await UploadAsync(applicant, id, created.Headers.ETag!.Tag, "plan.pdf", "application/pdf", "not a pdf"u8.ToArray());
        using var pdf = await UploadAsync(applicant, id, created.Headers.ETag!.Tag, "plan.pdf", "application/pdf", "%PDF-1.7 demo"u8.ToArray());
        var attachment = (await BodyAsync(pdf)).GetProperty("draft").GetProperty("attachments")[0];
        using var download = await SendAsync(applicant, HttpMethod.Get, $"/api/applications/{id}/attachments/{attachment.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.BadRequest, fake.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF-1.7 demo", await download.Content.ReadAsStringAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Case_notes_are_for_regulators_only()
    {
        using var applicant = await ApplicantAsync();
        using var created = await SendAsync(applicant, HttpMethod.Post, "/api/applications", Complete);
        var id = (await BodyAsync(created)).GetProperty("id").GetString()!;
        using var submitted = await SendAsync(applicant, HttpMethod.Post, $"/api/applications/{id}/submission", etag: created.Headers.ETag!.Tag);
        using var regulator = await RegulatorAsync();

        using var added = await SendAsync(regulator, HttpMethod.Post, $"/api/applications/{id}/notes", new { text = "Check the station operator's DPIA." });
        using var empty = await SendAsync(regulator, HttpMethod.Post, $"/api/applications/{id}/notes", new { text = " " });
        using var applicantReads = await SendAsync(applicant, HttpMethod.Get, $"/api/applications/{id}/notes");
        using var thread = await SendAsync(regulator, HttpMethod.Get, $"/api/applications/{id}/notes");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, applicantReads.StatusCode);
        Assert.Equal("Check the station operator's DPIA.", Assert.Single((await BodyAsync(thread)).EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_catalogue_and_templates_are_readable_and_only_administrators_publish()
    {
        using var applicant = await ApplicantAsync();
        using var catalogue = await SendAsync(applicant, HttpMethod.Get, "/api/classification");
        using var templates = await SendAsync(applicant, HttpMethod.Get, "/api/sandbox-templates");
        using var publish = await SendAsync(applicant, HttpMethod.Post, "/api/classification/versions", new { changeNote = "x", entries = Array.Empty<object>() });

        Assert.Equal(1, (await BodyAsync(catalogue)).GetProperty("version").GetInt32());
        Assert.Contains((await BodyAsync(templates)).EnumerateArray(), t => t.GetProperty("id").GetString() == SampleApplications.TemplateId);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
    }

    private async Task<BrowserSession> ApplicantAsync()
    {
        var session = app.NewSession();
        await session.SignInAsync("applicant@sandbox.demo", DemoAccounts.Password);
        return session;
    }

    private async Task<BrowserSession> RegulatorAsync()
    {
        var session = app.NewSession();
        await session.SignInWithCodeAsync("regulator@sandbox.demo", DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
        return session;
    }

    private static Task<HttpResponseMessage> SendRawAsync(BrowserSession session, HttpMethod method, string path, string json, string etag) =>
        SendAsync(session, new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new StringContent(json, MediaTypeHeaderValue.Parse("application/json")) }, etag);

    private static Task<HttpResponseMessage> UploadAsync(BrowserSession session, string id, string etag, string name, string type, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        var form = new MultipartFormDataContent { { file, "file", name } };
        return SendAsync(session, new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/applications/{id}/attachments", UriKind.Relative)) { Content = form }, etag);
    }
}
