using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sandbox.Testing.Identity;

namespace Sandbox.EndToEnd.Tests;

/// <summary>A researcher fills and submits a whole application in the browser; a regulator finds it in the queue and reads its tier.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ApplicationJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_applicant_submits_an_application_and_a_regulator_opens_it_from_the_queue()
    {
        await using var applicant = await browser.NewPageAsync();
        await SignInAsync(applicant, "applicant@sandbox.demo", "/applications", secondFactor: false);
        var page = applicant.Page;
        await page.GetByTestId("new-application").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/applications/new$"));
        await applicant.WaitForCircuitAsync();

        await page.GetByTestId("contact-name").FillAsync("Ada Applicant");
        await page.GetByTestId("contact-email").FillAsync("applicant@sandbox.demo");
        await NextAsync(page, "plan");
        var start = DateTime.UtcNow.Date.AddDays(14);
        await page.GetByTestId("plan-title").FillAsync("Flow-record anomaly detection in a lab network");
        await page.GetByTestId("plan-objectives").FillAsync("Find which flow features separate scanning from normal enterprise traffic.");
        await page.GetByTestId("plan-methodology").FillAsync("Replay synthetic NetFlow records in the sandbox and compare three detectors.");
        await page.GetByTestId("plan-start-on").FillAsync(Day(start));
        await page.GetByTestId("add-milestone").ClickAsync();
        await page.GetByTestId("milestone-0-title").FillAsync("Detector comparison report");
        await page.GetByTestId("milestone-0-due-on").FillAsync(Day(start.AddDays(60)));
        await NextAsync(page, "technology");
        await page.GetByTestId("add-technology-item").ClickAsync();
        await page.GetByTestId("technology-0-name").FillAsync("FlowLens");
        await page.GetByTestId("technology-0-description").FillAsync("Open-source anomaly detector over aggregated flow records; no payloads.");
        await page.GetByTestId("technology-0-classification").ClickAsync();
        await page.GetByTestId("classification-option-SBX-RESEARCH-TOOLS").ClickAsync();
        await NextAsync(page, "end-use");
        await page.GetByTestId("end-use-category").ClickAsync();
        await page.GetByTestId("end-use-category-ResearchAndTesting").ClickAsync();
        await page.GetByTestId("end-use-description").FillAsync("Academic research into detecting network scanning, published openly.");
        await page.GetByTestId("add-party").ClickAsync();
        await page.GetByTestId("party-0-role").ClickAsync();
        await page.GetByTestId("party-role-EndUser").ClickAsync();
        await page.GetByTestId("party-0-sector").ClickAsync();
        await page.GetByTestId("party-sector-AcademicResearch").ClickAsync();
        await page.GetByTestId("party-0-name").FillAsync("Demo University Signal Lab");
        await page.GetByTestId("party-0-country").FillAsync("NL");
        await NextAsync(page, "data");
        await page.GetByTestId("deployment-LabOnly").ClickAsync();
        await page.GetByTestId("data-categories-Synthetic").ClickAsync();
        await NextAsync(page, "safeguards");
        await page.GetByTestId("safeguard-measures-Encryption").ClickAsync();
        await page.GetByTestId("safeguard-measures-AccessLogging").ClickAsync();
        await NextAsync(page, "terms");
        await page.GetByTestId("requested-duration-days").FillAsync("90");
        await page.GetByTestId("template-network-flow-intrusion").ClickAsync();
        await NextAsync(page, "review");
        await page.GetByTestId("submit-application").ClickAsync();

        await Assertions.Expect(page.GetByTestId("application-status")).ToHaveTextAsync("Submitted");
        var reference = (await page.Locator("h1").TextContentAsync())!.Trim();
        Assert.Matches(ReferencePattern(), reference);
        Assert.True(applicant.Errors.Count == 0, string.Join(Environment.NewLine, applicant.Errors));

        await using var regulator = await browser.NewPageAsync();
        await SignInAsync(regulator, "regulator@sandbox.demo", "/cases", secondFactor: true);
        await regulator.Page.GetByTestId($"case-link-{reference}").ClickAsync();

        await Assertions.Expect(regulator.Page.GetByTestId("case-reference")).ToHaveTextAsync(reference);
        await Assertions.Expect(regulator.Page.GetByTestId("tier-chip")).ToContainTextAsync("Tier");
        await Assertions.Expect(regulator.Page.GetByTestId("risk-tier-reason")).Not.ToBeEmptyAsync();
        Assert.True(regulator.Errors.Count == 0, string.Join(Environment.NewLine, regulator.Errors));
    }

    private static async Task NextAsync(IPage page, string step)
    {
        await page.GetByTestId("next-step").ClickAsync();
        await Assertions.Expect(page.GetByTestId($"wizard-step-{step}")).ToBeVisibleAsync();
    }

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task SignInAsync(BrowserPage tab, string email, string path, bool secondFactor) =>
        DemoSignIn.SignInAsync(tab, email, path, secondFactor);

    [GeneratedRegex("^APP-\\d{4}-\\d{6}$")]
    private static partial Regex ReferencePattern();
}
