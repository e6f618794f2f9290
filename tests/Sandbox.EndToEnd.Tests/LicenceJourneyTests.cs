using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;
using Sandbox.Testing.Applications;
using Sandbox.Testing.Identity;
using Sandbox.Testing.Web;

namespace Sandbox.EndToEnd.Tests;

/// <summary>
/// Issue #5 in the browser: a Tier 3 application is consulted with the allied authority, approved with conditions,
/// concurred, countersigned, becomes an active licence and expires at its end (a node whose clock runs past
/// it fires the expiry); an expedited humanitarian request gets its provisional
/// licence inside its 72-hour clock. The applications are submitted through the API in the applicant's session (the
/// wizard has its own journey test); every decision is taken on the pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LicenceJourneyTests(BrowserFixture browser)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_tier_3_case_goes_through_consultation_review_concurrence_and_countersign_to_an_active_licence_that_expires_on_time()
    {
        await ScreeningListLoadedAsync();
        await using var applicant = await browser.NewPageAsync();
        await SignInAsync(applicant, "applicant@sandbox.demo", "/applications", secondFactor: false);
        var start = Today;
        var content = SampleApplications.IntrusionResearch(start) with
        {
            Parties = [new Party { Role = PartyRole.EndUser, Name = "National Cyber Defence Agency", Sector = PartySector.LawEnforcement, Country = "NL" }],
        };
        var (applicationId, reference) = await SubmitAsync(applicant, content);

        await using var ally = await browser.NewPageAsync();
        await SignInAsync(ally, "allied@sandbox.demo", "/inbox", secondFactor: false);
        await ally.Page.GetByTestId("inbox-task").Filter(new() { HasText = "Consultation" }).First.ClickAsync();
        await Assertions.Expect(ally.Page.GetByTestId("consultation-summary")).ToContainTextAsync(reference);
        await ally.WaitForCircuitAsync();
        await ally.Page.GetByTestId("consultation-reason").FillAsync("No comparable denial on our side.");
        await ally.Page.GetByTestId("consultation-no-objection").ClickAsync();
        await Assertions.Expect(ally.Page.GetByTestId("consultation-answered")).ToContainTextAsync("no-objection");

        await using var regulator = await browser.NewPageAsync();
        await SignInAsync(regulator, "regulator@sandbox.demo", $"/cases/{applicationId}", secondFactor: true);
        await Assertions.Expect(regulator.Page.GetByTestId("workflow-state")).ToHaveTextAsync("Review");
        await Assertions.Expect(regulator.Page.GetByTestId("workflow-consultations")).ToContainTextAsync("No objection");
        await regulator.Page.GetByTestId("action-approve").ClickAsync();
        await Assertions.Expect(regulator.Page.GetByTestId("condition-retention")).ToBeVisibleAsync();
        await regulator.Page.GetByTestId("condition-max-rows").FillAsync("2000");
        await regulator.Page.GetByTestId("condition-narrative").FillAsync("Report monthly to the authority.\nNo tooling leaves the sandbox.");
        await regulator.Page.GetByTestId("decision-rationale").FillAsync("Lab-only, synthetic flows; the conditions contain the intrusion tooling.");
        await regulator.Page.GetByTestId("decision-submit").ClickAsync();
        await Assertions.Expect(regulator.Page.GetByTestId("workflow-state")).ToHaveTextAsync("Second regulator (Tier 3)");
        await Assertions.Expect(regulator.Page.GetByTestId("action-concur")).ToBeDisabledAsync();

        await using var second = await browser.NewPageAsync();
        await SignInAsync(second, "regulator2@sandbox.demo", $"/cases/{applicationId}", secondFactor: true);
        await second.Page.GetByTestId("action-concur").ClickAsync();
        await second.Page.GetByTestId("action-confirm").ClickAsync();
        await Assertions.Expect(second.Page.GetByTestId("workflow-state")).ToHaveTextAsync("Senior countersign");

        await using var senior = await browser.NewPageAsync();
        await SignInAsync(senior, "senior@sandbox.demo", $"/cases/{applicationId}", secondFactor: true);
        await senior.Page.GetByTestId("action-countersign").ClickAsync();
        await senior.Page.GetByTestId("action-confirm").ClickAsync();
        await Assertions.Expect(senior.Page.GetByTestId("workflow-state")).ToHaveTextAsync("Licence issued");

        // Other journeys on the same store give the demo applicant licences too: open this application's.
        await applicant.Page.GotoAsync("/licences");
        await applicant.WaitForCircuitAsync();
        var licences = JsonDocument.Parse(await (await applicant.Page.APIRequest.GetAsync("/api/licences")).TextAsync()).RootElement;
        var licenceId = licences.EnumerateArray().Single(l => l.GetProperty("applicationId").GetString() == applicationId).GetProperty("id").GetString()!;
        await applicant.Page.GetByRole(AriaRole.Link, new() { NameRegex = LicencePattern() }).First.WaitForAsync();
        await applicant.Page.GotoAsync($"/licences/{licenceId}");
        await ReloadUntilAsync(applicant, "licence-status", "Active");
        await Assertions.Expect(applicant.Page.GetByTestId("licence-application")).ToHaveTextAsync(reference);
        await Assertions.Expect(applicant.Page.GetByTestId("condition-max-rows")).ToContainTextAsync("2,000");
        await Assertions.Expect(applicant.Page.GetByTestId("narrative-condition").First).ToHaveTextAsync("Report monthly to the authority.");

        // Its end: a second node on the same store whose clock runs past the licence's end date fires the timers due by
        // then (the reminders and the expiry), as a node started after that date would.
        var validTo = DateTime.Parse((await applicant.Page.GetByTestId("licence-valid-to").TextContentAsync())!.Trim()[..10], System.Globalization.CultureInfo.InvariantCulture);
        await using (var later = WebAppProcess.Start(new Dictionary<string, string>
        {
            ["Storage__Sqlite__DataDirectory"] = browser.DataDirectory,
            ["Demo__ClockOffset"] = (validTo.AddDays(1) - DateTime.UtcNow.Date).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        }))
        {
            await later.WaitUntilListeningAsync(TimeSpan.FromSeconds(90));
            await ReloadUntilAsync(applicant, "licence-status", "Expired");

            // The expiry also withdraws the sandbox's access and then tells the holder; other journeys share the store and
            // the demo applicant, so look at this licence's messages only, while the later node finishes its steps.
            var licencePath = new Uri(applicant.Page.Url).AbsolutePath;
            await applicant.Page.GotoAsync("/notifications");
            var ofThisLicence = applicant.Page.GetByTestId("notification").Filter(new() { Has = applicant.Page.Locator($"a[href='{licencePath}']") });
            var expired = ofThisLicence.Filter(new() { Has = applicant.Page.GetByText("Licence expired", new() { Exact = true }) });
            for (var attempt = 0; attempt < 40 && await expired.CountAsync() == 0; attempt++)
            {
                await Task.Delay(500);
                await applicant.Page.ReloadAsync();
            }

            await Assertions.Expect(expired).ToHaveCountAsync(1);
            await Assertions.Expect(ofThisLicence.Filter(new() { HasText = "Licence expires in 14 days" })).ToHaveCountAsync(1);
        }

        foreach (var tab in new[] { applicant, ally, regulator, second, senior })
        {
            Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
        }
    }

    [Fact]
    public async Task An_expedited_humanitarian_request_gets_a_provisional_licence_inside_its_72_hours()
    {
        await ScreeningListLoadedAsync();
        await using var humanitarian = await browser.NewPageAsync();
        await SignInAsync(humanitarian, "humanitarian@sandbox.demo", "/applications", secondFactor: false);
        var submittedAt = DateTimeOffset.UtcNow;
        var (applicationId, _) = await SubmitAsync(humanitarian, SampleApplications.FloodDrones(Today) with
        {
            Contact = new ContactPerson("Hana Relief", "humanitarian@sandbox.demo", null),
            Parties = [new Party { Role = PartyRole.EndUser, Name = "Relief Mapping Collective", Sector = PartySector.HumanitarianOrganization, Country = "KE" }],
        });

        await using var regulator = await browser.NewPageAsync();
        await SignInAsync(regulator, "regulator@sandbox.demo", $"/cases/{applicationId}", secondFactor: true);
        await Assertions.Expect(regulator.Page.GetByTestId("workflow-state")).ToHaveTextAsync("Expedited decision (72 h)");
        await Assertions.Expect(regulator.Page.GetByTestId("workflow-clock").First).ToContainTextAsync("decision clock running");
        await regulator.Page.GetByTestId("action-approve-provisional").ClickAsync();
        await regulator.Page.GetByTestId("decision-rationale").FillAsync("Flood season: provisional licence under the stricter conditions.");
        await regulator.Page.GetByTestId("decision-submit").ClickAsync();
        await Assertions.Expect(regulator.Page.GetByTestId("workflow-licences")).ToContainTextAsync("Provisional");

        await humanitarian.Page.GotoAsync("/licences");
        await humanitarian.WaitForCircuitAsync();
        await humanitarian.Page.GetByRole(AriaRole.Link, new() { NameRegex = LicencePattern() }).First.ClickAsync();
        await Assertions.Expect(humanitarian.Page.GetByTestId("licence-kind")).ToContainTextAsync("Provisional");
        Assert.True(DateTimeOffset.UtcNow - submittedAt < TimeSpan.FromHours(72));
        Assert.True(regulator.Errors.Count == 0, string.Join(Environment.NewLine, regulator.Errors));
    }

    /// <summary>
    /// An administrator imports a one-entry SDN list (the app under test has none), so cases are screened and clear
    /// rather than waiting as "not screened". The same file again changes nothing.
    /// </summary>
    private async Task ScreeningListLoadedAsync()
    {
        await using var administrator = await browser.NewPageAsync();
        await SignInAsync(administrator, "admin@sandbox.demo", "/admin/screening", secondFactor: true);
        var imported = await administrator.Page.APIRequest.PostAsync("/api/screening/lists/ofac-sdn/imports?source=e2e.csv", new()
        {
            Data = "9001,\"ASCOTEC SCIENCE & TECHNOLOGY GMBH\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Registration ID HRB 58745 (Germany).\"\n",
            Headers = new Dictionary<string, string> { ["Content-Type"] = "text/csv" },
        });
        Assert.True(imported.Status is 201, await imported.TextAsync());
    }

    /// <summary>Creates and submits through the API in the signed-in session; returns the id and the reference.</summary>
    private static async Task<(string Id, string Reference)> SubmitAsync(BrowserPage tab, ApplicationContent content)
    {
        var created = await tab.Page.APIRequest.PostAsync("/api/applications", new()
        {
            Data = JsonSerializer.Serialize(content, StorageJson.Options),
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        Assert.True(created.Ok, await created.TextAsync());
        var body = JsonDocument.Parse(await created.TextAsync()).RootElement;
        var id = body.GetProperty("id").GetString()!;
        var submitted = await tab.Page.APIRequest.PostAsync($"/api/applications/{id}/submission", new()
        {
            Headers = new Dictionary<string, string> { ["If-Match"] = created.Headers["etag"] },
        });
        Assert.True(submitted.Ok, await submitted.TextAsync());
        return (id, body.GetProperty("reference").GetString()!);
    }

    /// <summary>Timers fire on the app's worker: reload until the element shows the expected text.</summary>
    private static async Task ReloadUntilAsync(BrowserPage tab, string testId, string text)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if ((await tab.Page.GetByTestId(testId).TextContentAsync())?.Contains(text, StringComparison.Ordinal) == true)
            {
                return;
            }

            await Task.Delay(500);
            await tab.Page.ReloadAsync();
        }

        await Assertions.Expect(tab.Page.GetByTestId(testId)).ToContainTextAsync(text);
    }

    private static Task SignInAsync(BrowserPage tab, string email, string path, bool secondFactor) =>
        DemoSignIn.SignInAsync(tab, email, path, secondFactor);

    [GeneratedRegex("^SBX-\\d{4}-\\d{6}$")]
    private static partial Regex LicencePattern();
}
