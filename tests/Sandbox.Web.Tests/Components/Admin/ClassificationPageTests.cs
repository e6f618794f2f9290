using Bunit;
using Sandbox.Applications.Classification;
using Sandbox.Web.Components.Pages.Admin;
using Sandbox.Web.Tests.Components.Applications;

namespace Sandbox.Web.Tests.Components.Admin;

public sealed class ClassificationPageTests : ApplicationsComponentTest
{
    [Fact]
    public async Task A_bad_code_and_cross_reference_show_their_problems_beside_the_fields_and_nothing_is_published()
    {
        await StartAsync();
        SignInAsAdministrator();
        var page = RenderAsUser<ClassificationPage>();
        page.WaitForElement("[data-testid=new-catalogue-version]").Click();

        page.WaitForElement("[data-testid=entry-1-code]").Input("bad code");
        page.Find("[data-testid=entry-2-eu-annex-i]").Input("5-A-001");
        page.Find("[data-testid=catalogue-change-note]").Input("Typo fixes.");
        page.Find("[data-testid=publish-catalogue]").Click();

        page.WaitForAssertion(() => Assert.Contains("must be upper-case letters and digits",
            page.Find("[data-testid=entry-1-code]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.Contains("is not an EU Annex I entry", page.Find("[data-testid=entry-2-eu-annex-i]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("must be upper-case", page.Find("[data-testid=entry-0-code]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await Get<ClassificationCatalogue>().ListAsync());
    }

    [Fact]
    public async Task Publishing_an_edited_version_shows_the_changes_and_the_flagged_cases()
    {
        await StartAsync();
        var submitted = await SubmitAsync(Complete);
        var code = Complete.TechnologyItems[0].ClassificationCode!;
        SignInAsAdministrator();
        var page = RenderAsUser<ClassificationPage>();
        page.WaitForElement("[data-testid=new-catalogue-version]").Click();
        var catalogue = await Get<ClassificationCatalogue>().InForceAsync();
        var index = catalogue.Entries.ToList().FindIndex(e => e.Code == code);

        page.WaitForElement($"[data-testid=entry-{index}-eu-annex-i]").Input("5A001.j");
        page.Find("[data-testid=catalogue-change-note]").Input("Aligned with the 2026 Annex I update.");
        page.Find("[data-testid=publish-catalogue]").Click();

        var report = page.WaitForElement("[data-testid=publication-report]");
        Assert.NotNull(page.Find($"[data-testid=publication-change-{code}]"));
        Assert.Contains(submitted.Value.Reference, page.Find("[data-testid=publication-flagged]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Version 2 published", report.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=catalogue-version-2]"));
        Assert.Equal(2, (await Get<ClassificationCatalogue>().ListAsync()).Count);
    }
}
