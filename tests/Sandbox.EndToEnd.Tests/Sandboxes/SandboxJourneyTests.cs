using System.Text.Json;
using Microsoft.Playwright;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;
using Sandbox.Testing.Applications;

namespace Sandbox.EndToEnd.Tests.Sandboxes;

/// <summary>
/// A sandbox in the browser, from the licence that opens it to the suspension that closes it: a Tier 1 pilot (one
/// regulator decides) starting today is approved, its licence becomes active and its sandbox Ready; the named researcher
/// reads the credentials once, queries, and asks for an export that a second regulator approves on the airlock; the CSV
/// downloads; the licence is suspended and the sandbox stops answering. The application is submitted through the API
/// in the applicant's session (the wizard has its own journey test).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SandboxJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_researcher_queries_an_active_licences_sandbox_exports_through_the_airlock_and_loses_it_when_the_licence_is_suspended()
    {
        await ScreeningListLoadedAsync();
        await using var applicant = await browser.NewPageAsync();
        await DemoSignIn.SignInAsync(applicant, "applicant@sandbox.demo", "/applications", secondFactor: false);
        var applicationId = await SubmitAsync(applicant, ResearchToolsPilot(DateOnly.FromDateTime(DateTime.UtcNow)));

        await using var regulator = await browser.NewPageAsync();
        await DemoSignIn.SignInAsync(regulator, "regulator@sandbox.demo", $"/cases/{applicationId}", secondFactor: true);
        await ReloadUntilAsync(regulator, "workflow-state", "Review");
        await regulator.Page.GetByTestId("action-approve").ClickAsync();
        await regulator.Page.GetByTestId("decision-rationale").FillAsync("Lab-only research tools on synthetic flows; the gateway enforces the conditions.");
        await regulator.Page.GetByTestId("decision-submit").ClickAsync();
        var licenceLink = regulator.Page.GetByTestId("workflow-licences").GetByRole(AriaRole.Link).First;
        await Assertions.Expect(licenceLink).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^SBX-\\d{4}-\\d{6}$"));
        var licencePath = (await licenceLink.GetAttributeAsync("href"))!;
        var sandboxId = (await licenceLink.TextContentAsync())!.Trim().ToLowerInvariant();

        await applicant.Page.GotoAsync("/sandboxes");
        await ReloadUntilVisibleAsync(applicant, $"sandbox-link-{sandboxId}");
        // Other journeys give the demo applicant sandboxes too: open this one's page itself before reading its status.
        Assert.Equal($"/sandboxes/{sandboxId}", await applicant.Page.GetByTestId($"sandbox-link-{sandboxId}").GetAttributeAsync("href"));
        await applicant.Page.GotoAsync($"/sandboxes/{sandboxId}");
        await ReloadUntilAsync(applicant, "sandbox-status", "Ready");
        await applicant.Page.GetByTestId("show-credentials").ClickAsync();
        await Assertions.Expect(applicant.Page.GetByTestId("credential-client-id")).ToHaveValueAsync($"{sandboxId}-service");
        await Assertions.Expect(applicant.Page.GetByTestId("credential-secret")).Not.ToHaveValueAsync("");
        await applicant.Page.GetByTestId("query-run").ClickAsync();
        await Assertions.Expect(applicant.Page.GetByTestId("query-result").Locator("tbody tr")).Not.ToHaveCountAsync(0);
        await applicant.Page.GetByTestId("export-justification").FillAsync("Flow totals for the interim report to the authority.");
        await applicant.Page.GetByTestId("export-draft").ClickAsync();
        await applicant.Page.GetByTestId("export-submit").ClickAsync();
        await Assertions.Expect(applicant.Page.GetByTestId("export-status")).ToHaveTextAsync("Submitted");

        await using var reviewer = await browser.NewPageAsync();
        await DemoSignIn.SignInAsync(reviewer, "regulator2@sandbox.demo", "/airlock", secondFactor: true);
        var card = reviewer.Page.Locator("[data-testid^='airlock-exp-']").Filter(new() { HasText = sandboxId });
        await card.GetByTestId("airlock-start").ClickAsync();
        await card.GetByTestId("airlock-reason").FillAsync("One total above the minimum cell size; no identifiers leave.");
        await card.GetByTestId("airlock-approve").ClickAsync();
        await Assertions.Expect(card).ToHaveCountAsync(0);

        await ReloadUntilAsync(applicant, "export-status", "Approved");
        var download = applicant.Page.GetByTestId("export-download");
        await Assertions.Expect(download).ToHaveTextAsync("Download CSV");
        var csv = await applicant.Page.APIRequest.GetAsync((await download.GetAttributeAsync("href"))!);
        Assert.True(csv.Ok, $"{csv.Status} {await csv.TextAsync()}");
        Assert.Equal("text/csv", csv.Headers["content-type"].Split(';')[0]);
        Assert.Equal("count", (await csv.TextAsync()).Split('\n')[0].TrimEnd('\r'));

        await regulator.Page.GotoAsync(licencePath);
        await regulator.WaitForCircuitAsync();
        await regulator.Page.GetByTestId("act-suspend").ClickAsync();
        await regulator.Page.GetByTestId("action-reason").FillAsync("Telemetry stopped arriving from the pilot.");
        await regulator.Page.GetByTestId("confirm-action").ClickAsync();
        await Assertions.Expect(regulator.Page.GetByTestId("licence-status")).ToHaveTextAsync("Suspended");

        // The next query is refused, and the page, re-reading the sandbox after every answer, shows it suspended.
        await applicant.Page.GetByTestId("query-run").ClickAsync();
        await ReloadUntilAsync(applicant, "sandbox-status", "Suspended");
        await Assertions.Expect(applicant.Page.GetByTestId("sandbox-closed")).ToContainTextAsync("The licence is suspended");
        await Assertions.Expect(applicant.Page.GetByTestId("query-panel")).ToHaveCountAsync(0);
        foreach (var tab in new[] { applicant, regulator, reviewer })
        {
            Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
        }
    }

    /// <summary>Lab-only research tools on synthetic flows (template network-flow-intrusion): Tier 1, one regulator decides.</summary>
    private static ApplicationContent ResearchToolsPilot(DateOnly startOn)
    {
        var content = SampleApplications.IntrusionResearch(startOn);
        return content with
        {
            TechnologyItems = [content.TechnologyItems[0] with { ClassificationCode = "SBX-RESEARCH-TOOLS", Capabilities = [Capability.SensorFusion] }],
        };
    }

    /// <summary>An administrator imports a one-entry SDN list (the app under test has none), so the case is screened clear.</summary>
    private async Task ScreeningListLoadedAsync()
    {
        await using var administrator = await browser.NewPageAsync();
        await DemoSignIn.SignInAsync(administrator, "admin@sandbox.demo", "/admin/screening", secondFactor: true);
        var imported = await administrator.Page.APIRequest.PostAsync("/api/screening/lists/ofac-sdn/imports?source=e2e.csv", new()
        {
            Data = "9001,\"ASCOTEC SCIENCE & TECHNOLOGY GMBH\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Registration ID HRB 58745 (Germany).\"\n",
            Headers = new Dictionary<string, string> { ["Content-Type"] = "text/csv" },
        });
        Assert.True(imported.Status is 201, await imported.TextAsync());
    }

    private static async Task<string> SubmitAsync(BrowserPage tab, ApplicationContent content)
    {
        var created = await tab.Page.APIRequest.PostAsync("/api/applications", new()
        {
            Data = JsonSerializer.Serialize(content, StorageJson.Options),
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        Assert.True(created.Ok, await created.TextAsync());
        var id = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetString()!;
        var submitted = await tab.Page.APIRequest.PostAsync($"/api/applications/{id}/submission", new()
        {
            Headers = new Dictionary<string, string> { ["If-Match"] = created.Headers["etag"] },
        });
        Assert.True(submitted.Ok, await submitted.TextAsync());
        return id;
    }

    /// <summary>The worker moves cases, licences and sandboxes on: reload until the element shows the text, then wait for the circuit.</summary>
    private static async Task ReloadUntilAsync(BrowserPage tab, string testId, string text)
    {
        for (var attempt = 0; attempt < 60 && (await tab.Page.GetByTestId(testId).TextContentAsync())?.Contains(text, StringComparison.Ordinal) != true; attempt++)
        {
            await Task.Delay(500);
            await tab.Page.ReloadAsync();
        }

        await Assertions.Expect(tab.Page.GetByTestId(testId)).ToContainTextAsync(text);
        await tab.WaitForCircuitAsync();
    }

    private static async Task ReloadUntilVisibleAsync(BrowserPage tab, string testId)
    {
        for (var attempt = 0; attempt < 60 && await tab.Page.GetByTestId(testId).CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await tab.Page.ReloadAsync();
        }

        await Assertions.Expect(tab.Page.GetByTestId(testId)).ToBeVisibleAsync();
    }
}
