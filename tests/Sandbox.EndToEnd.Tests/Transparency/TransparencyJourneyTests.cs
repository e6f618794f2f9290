using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;

namespace Sandbox.EndToEnd.Tests.Transparency;

/// <summary>
/// A senior regulator previews a period of their own (journeys share one store, so it is a few days of a past year no
/// other journey publishes) and publishes it; a visitor who is not signed in finds it on <c>/transparency</c>, reads it
/// and downloads the JSON whose SHA-256 the page states.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TransparencyJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_senior_publishes_a_period_and_a_visitor_reads_it_on_the_public_page_and_downloads_its_json()
    {
        var first = new DateOnly(2024, 1, 1).AddDays(Random.Shared.Next(0, 300));
        var last = first.AddDays(6);
        var id = $"{Day(first)}_{Day(last)}";

        await using var senior = await browser.NewPageAsync();
        await DemoSignIn.SignInAsync(senior, "senior@sandbox.demo", "/oversight/transparency", secondFactor: true);
        await senior.Page.GetByLabel("From … to").CheckAsync();
        await senior.Page.GetByTestId("period-from").FillAsync(Day(first));
        await senior.Page.GetByTestId("period-to").FillAsync(Day(last));
        await senior.Page.GetByTestId("period-show").ClickAsync();
        await Assertions.Expect(senior.Page.GetByTestId("report-exact")).ToBeVisibleAsync();
        await Assertions.Expect(senior.Page.GetByTestId("report-period")).ToHaveTextAsync($"{Day(first)} to {Day(last)}");
        await senior.Page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(senior.Page.GetByTestId("publish-done")).ToBeVisibleAsync();

        await using var visitor = await browser.NewPageAsync();
        await visitor.Page.GotoAsync("/transparency");
        var row = visitor.Page.Locator($"[data-testid=report-row][data-id='{id}']");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        var link = row.GetByRole(AriaRole.Link, new() { Name = $"{Day(first)} to {Day(last)}" });
        Assert.EndsWith($"/transparency/{id}", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        // Open the report's own page rather than the list's client-side navigation, so the checks below read its final render.
        await visitor.Page.GotoAsync((await link.GetAttributeAsync("href"))!);
        await Assertions.Expect(visitor.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/transparency/{id}$"));
        await Assertions.Expect(visitor.Page.GetByTestId("report-suppression")).ToContainTextAsync("fewer than 5");
        await Assertions.Expect(visitor.Page.GetByTestId("chart-by-tier").Locator("svg[role=img]")).ToHaveCountAsync(1);
        var sha = (await visitor.Page.GetByTestId("report-sha256").TextContentAsync())!.Trim();

        var download = await visitor.Page.APIRequest.GetAsync($"/api/transparency/reports/{id}?format=json");
        Assert.Equal(200, download.Status);
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(await download.TextAsync()))));
        Assert.Empty(visitor.Errors);
        Assert.Empty(senior.Errors);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
