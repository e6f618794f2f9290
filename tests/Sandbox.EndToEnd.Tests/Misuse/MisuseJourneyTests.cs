using System.Text.Json;
using Microsoft.Playwright;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Storage.Documents;
using Sandbox.Testing.Applications;

namespace Sandbox.EndToEnd.Tests.Misuse;

/// <summary>
/// A whistle-blower without an account reports misuse of a licence in the browser, keeps the follow-up key, and a
/// regulator triages the report and suspends the licence from the report's page; the licence shows suspended and the
/// follow-up key shows the report closed. The licence itself is arranged through the API (its journey has its own test).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MisuseJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_anonymous_report_of_misuse_is_triaged_and_ends_in_the_licences_suspension()
    {
        await using var regulator = await browser.NewPageAsync();
        await DemoSignIn.SignInAsync(regulator, "regulator@sandbox.demo", "/misuse", secondFactor: true);
        var (licenceId, licenceReference) = await ActiveLicenceAsync(regulator);

        await using var whistleBlower = await browser.NewPageAsync();
        await whistleBlower.Page.GotoAsync("/report-misuse");
        await whistleBlower.Page.Locator("#misuse-allegation").SelectOptionAsync("MisuseOfTechnology");
        await whistleBlower.Page.Locator("#misuse-description").FillAsync("Short");
        await whistleBlower.Page.GetByTestId("misuse-submit").ClickAsync();
        await Assertions.Expect(whistleBlower.Page.Locator(".validation-message").First).ToContainTextAsync("20 to 8,000 characters");
        await whistleBlower.Page.Locator("#misuse-description").FillAsync("The pilot's flow data is being matched against a list of journalists' devices.");
        await whistleBlower.Page.Locator("#misuse-licence").FillAsync(licenceReference);
        await whistleBlower.Page.Locator("#misuse-evidence").SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "Seen on 28 November."u8.ToArray() });
        await whistleBlower.Page.GetByTestId("misuse-submit").ClickAsync();
        var reference = (await whistleBlower.Page.GetByTestId("misuse-reference").TextContentAsync())!.Trim();
        var key = (await whistleBlower.Page.GetByTestId("misuse-follow-up-key").TextContentAsync())!.Trim();
        Assert.Matches("^MIS-\\d{4}-[A-Z2-9]{8}$", reference);

        await regulator.Page.GotoAsync("/misuse");
        // Open the report's own page (not the list's client-side navigation) so the checks below read its final render.
        var reportPath = (await regulator.Page.GetByTestId($"misuse-link-{reference}").GetAttributeAsync("href"))!;
        await regulator.Page.GotoAsync(reportPath);
        await regulator.WaitForCircuitAsync();
        await Assertions.Expect(regulator.Page.GetByTestId("misuse-description")).ToContainTextAsync("journalists");
        await Assertions.Expect(regulator.Page.GetByTestId("misuse-evidence")).ToHaveTextAsync("notes.txt");
        await regulator.Page.GetByTestId("misuse-action-triage").ClickAsync();
        await regulator.Page.GetByTestId("misuse-severity-Critical").ClickAsync();
        await Assertions.Expect(regulator.Page.GetByTestId("misuse-licence-reference")).ToHaveValueAsync(licenceReference);
        await regulator.Page.GetByTestId("misuse-reason").FillAsync("Credible: names the data and the date.");
        await regulator.Page.GetByTestId("misuse-confirm").ClickAsync();
        await Assertions.Expect(regulator.Page.GetByTestId("misuse-state")).ToHaveTextAsync("Investigation");
        await Assertions.Expect(regulator.Page.GetByTestId("misuse-severity")).ToHaveTextAsync("Critical");

        await regulator.Page.GetByTestId("misuse-action-suspend").ClickAsync();
        await regulator.Page.GetByTestId("misuse-reason").FillAsync("Matching against journalists' devices is outside every declared purpose.");
        await regulator.Page.GetByTestId("misuse-confirm").ClickAsync();
        await Assertions.Expect(regulator.Page.GetByTestId("misuse-state")).ToHaveTextAsync("Licence suspended");
        await Assertions.Expect(regulator.Page.GetByTestId("misuse-response")).ToHaveTextAsync("Suspension");

        await regulator.Page.GotoAsync($"/licences/{licenceId}");
        await Assertions.Expect(regulator.Page.GetByTestId("licence-status")).ToHaveTextAsync("Suspended");

        await whistleBlower.Page.GotoAsync("/report-misuse/status");
        await whistleBlower.Page.Locator("#status-reference").FillAsync(reference);
        await whistleBlower.Page.Locator("#status-key").FillAsync(key);
        await whistleBlower.Page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Assertions.Expect(whistleBlower.Page.GetByTestId("misuse-status")).ToContainTextAsync("closed");
        foreach (var tab in new[] { regulator, whistleBlower })
        {
            Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
        }
    }

    /// <summary>The demo applicant's Tier 1 pilot, decided by the regulator through the API, active with its sandbox provisioned.</summary>
    private async Task<(string Id, string Reference)> ActiveLicenceAsync(BrowserPage regulator)
    {
        await using var administrator = await browser.NewPageAsync();
        await DemoSignIn.SignInAsync(administrator, "admin@sandbox.demo", "/admin/screening", secondFactor: true);
        var imported = await administrator.Page.APIRequest.PostAsync("/api/screening/lists/ofac-sdn/imports?source=e2e-misuse.csv", new()
        {
            Data = "9001,\"ASCOTEC SCIENCE & TECHNOLOGY GMBH\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Registration ID HRB 58745 (Germany).\"\n",
            Headers = new Dictionary<string, string> { ["Content-Type"] = "text/csv" },
        });
        Assert.True(imported.Status is 201 or 200, await imported.TextAsync());

        await using var applicant = await browser.NewPageAsync();
        await DemoSignIn.SignInAsync(applicant, "applicant@sandbox.demo", "/applications", secondFactor: false);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sample = SampleApplications.IntrusionResearch(today);
        var content = sample with { TechnologyItems = [sample.TechnologyItems[0] with { ClassificationCode = "SBX-RESEARCH-TOOLS", Capabilities = [Capability.SensorFusion] }] };
        var created = await PostAsync(applicant, "/api/applications", content);
        var applicationId = created.Body.GetProperty("id").GetString()!;
        await PostAsync(applicant, $"/api/applications/{applicationId}/submission", null, created.ETag);

        var caseId = (await UntilAsync(regulator, $"/api/applications/{applicationId}/case", c => c.EnumerateArray().Any(i => i.GetProperty("state").GetString() == "review")))
            .Body.EnumerateArray().Single().GetProperty("id").GetString()!;
        var caseETag = (await UntilAsync(regulator, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}", _ => true)).ETag;
        var start = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await PostAsync(regulator, $"/api/workflows/instances/{Uri.EscapeDataString(caseId)}/decision", new LicenceDecision
        {
            Outcome = DecisionOutcome.Approve,
            Conditions = new LicenceConditions
            {
                RetentionDays = 30, AggregateOnly = true, MinimumCellSize = 10, NoRawIdentifiers = true, TelemetryRequired = true, ExportRequiresReview = true,
                DeclaredPurposes = ["Evaluate intrusion detection on synthetic flows"],
            },
            ValidFrom = start,
            ValidTo = start.AddDays(60),
            Rationale = "Lab-only research tools on synthetic flows; the gateway enforces the conditions.",
        }, caseETag);

        var licence = (await UntilAsync(regulator, "/api/licences", l => l.EnumerateArray().Any(x => x.GetProperty("applicationId").GetString() == applicationId)))
            .Body.EnumerateArray().Single(x => x.GetProperty("applicationId").GetString() == applicationId);
        var id = licence.GetProperty("id").GetString()!;
        await UntilAsync(regulator, $"/api/licences/{id}", l => l.GetProperty("actions").EnumerateArray()
            .Any(a => a.GetProperty("trigger").GetString() == "suspend" && a.GetProperty("permitted").GetBoolean()));
        return (id, licence.GetProperty("reference").GetString()!);
    }

    private static async Task<(JsonElement Body, string ETag)> PostAsync(BrowserPage tab, string path, object? body, string? etag = null)
    {
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" };
        if (etag is not null)
        {
            headers["If-Match"] = etag;
        }

        var response = await tab.Page.APIRequest.PostAsync(path, new() { Data = body is null ? "" : JsonSerializer.Serialize(body, StorageJson.Options), Headers = headers });
        Assert.True(response.Ok, await response.TextAsync());
        return (JsonDocument.Parse(await response.TextAsync()).RootElement.Clone(), response.Headers.GetValueOrDefault("etag", ""));
    }

    /// <summary>The app's worker moves cases and licences on: poll until the resource is as expected.</summary>
    private static async Task<(JsonElement Body, string ETag)> UntilAsync(BrowserPage tab, string path, Func<JsonElement, bool> reached)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await tab.Page.APIRequest.GetAsync(path);
            var body = JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
            if ((response.Ok && reached(body)) || attempt == 60)
            {
                Assert.True(response.Ok && reached(body), await response.TextAsync());
                return (body, response.Headers.GetValueOrDefault("etag", ""));
            }

            await Task.Delay(500);
        }
    }
}
