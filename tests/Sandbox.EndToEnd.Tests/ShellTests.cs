using Microsoft.Playwright;

namespace Sandbox.EndToEnd.Tests;

/// <summary>The app shell in a real browser: layout, navigation, the status page over a live circuit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserFixture browser)
{
    [Fact]
    public async Task Sqlite_status_page_checks_the_store_again_over_the_circuit()
    {
        await using var tab = await browser.NewPageAsync();
        var refresh = await tab.OpenInteractiveAsync("/status", "[data-testid=refresh-status]");
        var checkedAt = await tab.Page.Locator("text=Checked").TextContentAsync();

        // The page shows the time of the check to the second; a later second proves a new check ran.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        await refresh.ClickAsync();

        await Assertions.Expect(tab.Page.Locator("[data-testid=store-provider]")).ToHaveTextAsync("Sqlite");
        await Assertions.Expect(tab.Page.Locator("[data-testid=store-state]")).ToContainTextAsync("Answering");
        await Assertions.Expect(tab.Page.Locator("text=Checked")).Not.ToHaveTextAsync(checkedAt!);
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task Navigation_leads_from_the_overview_to_the_status_page_without_errors()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.Page.GotoAsync("/");
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Regulatory sandbox and pilot licensing");
        await tab.WaitForCircuitAsync();

        await tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" })
            .GetByRole(AriaRole.Link, new() { Name = "System status" }).ClickAsync();

        await Assertions.Expect(tab.Page).ToHaveURLAsync(new Uri(browser.BaseAddress, "/status").ToString());
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("System status");
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }
}
