using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Web.Components.Pages.Admin;
using Sandbox.Web.Tests.Components.Applications;

namespace Sandbox.Web.Tests.Components.Admin;

public sealed class ScreeningPageTests : ApplicationsComponentTest
{
    [Fact]
    public async Task Importing_an_sdn_file_shows_the_counts_the_changed_entries_and_the_history()
    {
        await StartAsync();
        await ImportSdnAsync(SdnCsv(("50001", "AURORA MARITIME SA", "-0- ", "SDGT", "nationality Panama.")));
        SignInAsAdministrator();
        var page = RenderAsUser<ScreeningPage>();
        page.WaitForAssertion(() => Assert.Contains("1 entries", page.Find($"[data-testid=list-size-{ScreeningLists.OfacSdn}]").TextContent, StringComparison.Ordinal));

        var csv = SdnCsv(
            ("50001", "AURORA MARITIME SA", "-0- ", "SDGT] [IRAN", "nationality Panama."),
            ("50002", "QUILLAN, Morwen Astrid", "individual", "SDGT", "a.k.a. 'QUILLAN, Morwen'; nationality Cyprus."),
            ("50003", "ZEPHYRA NORTHWIND TRADING LLC", "-0- ", "RUSSIA-EO14024", "nationality Russia."));
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, "sdn-2026-12.csv", contentType: "text/csv"));
        page.WaitForElement("[data-testid=sdn-file-name]");
        page.Find("[data-testid=import-sdn]").Click();

        page.WaitForElement("[data-testid=import-report]");
        Assert.Equal(("2", "1", "0", "0"), (Count(page, "added"), Count(page, "changed"), Count(page, "removed"), Count(page, "unchanged")));
        Assert.Contains("programs", page.Find("[data-testid=import-change-50001]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Added", page.Find("[data-testid=import-change-50002]").TextContent, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Contains("3 entries", page.Find($"[data-testid=list-size-{ScreeningLists.OfacSdn}]").TextContent, StringComparison.Ordinal));
        Assert.Contains("sdn-2026-12.csv", page.Find("[data-testid=import-history]").TextContent, StringComparison.Ordinal);
        var latest = (await Get<ScreeningListImporter>().ListImportsAsync(ScreeningLists.OfacSdn))[0];
        Assert.Equal(("admin-1", 3), (latest.ImportedBy, latest.EntryCount));
    }

    [Fact]
    public async Task A_malformed_file_names_its_line_and_imports_nothing()
    {
        await StartAsync();
        SignInAsAdministrator();
        var page = RenderAsUser<ScreeningPage>();

        var csv = SdnCsv(("50001", "AURORA MARITIME SA", "-0- ", "SDGT", "-0- ")) + "\"not-a-number\",\"X\",\"-0- \",\"SDGT\",\"-0- \",\"-0- \",\"-0- \",\"-0- \",\"-0- \",\"-0- \",\"-0- \",\"-0- \"\r\n";
        page.WaitForComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, "broken.csv", contentType: "text/csv"));
        page.WaitForElement("[data-testid=sdn-file-name]");
        page.Find("[data-testid=import-sdn]").Click();

        var problem = page.WaitForElement("[data-testid=import-problem]");
        Assert.Contains("Line 2", problem.TextContent, StringComparison.Ordinal);
        Assert.Empty(await Get<ScreeningListImporter>().ListImportsAsync(ScreeningLists.OfacSdn));
    }

    [Fact]
    public async Task Registering_a_denial_shows_each_problem_beside_its_field_and_a_valid_one_joins_the_list()
    {
        await StartAsync();
        SignInAsAdministrator();
        var page = RenderAsUser<ScreeningPage>();
        page.WaitForElement("[data-testid=register-denial]").Click();

        page.WaitForElement("[data-testid=denial-authority-country]").Input("Germany");
        page.Find("[data-testid=denial-authority-reference]").Input("BAFA-2026-0042");
        page.Find("[data-testid=denial-party-name]").Input("Northwind Optics LLC");
        page.Find("[data-testid=denial-party-country]").Input("AE");
        page.Find("[data-testid=denial-classification-code]").Input("5A001.j");
        page.Find("[data-testid=denial-end-use]").Input("Mass monitoring of a city's traffic cameras.");
        page.Find("[data-testid=save-denial]").Click();

        page.WaitForAssertion(() => Assert.Contains("is not an ISO 3166-1 alpha-2 country code",
            page.Find("[data-testid=denial-authority-country]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("ISO 3166-1", page.Find("[data-testid=denial-party-country]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=denial-authority-country]").Input("DE");
        page.Find("[data-testid=save-denial]").Click();

        page.WaitForAssertion(() => Assert.Contains("Northwind Optics LLC", page.Find("[data-testid=denials-table]").TextContent, StringComparison.Ordinal));
        var denial = Assert.Single(await Get<AlliedDenialRegistry>().ListAsync());
        Assert.Equal(("DE", "admin-1"), (denial.Value.AuthorityCountry, denial.Value.RecordedBy));
        page.WaitForAssertion(() => Assert.Contains("1 entries", page.Find($"[data-testid=list-size-{ScreeningLists.AlliedDenials}]").TextContent, StringComparison.Ordinal));

        page.Find($"[data-testid=withdraw-{denial.Value.Id}]").Click();
        page.WaitForElement("[data-testid=withdrawal-reason]").Input("BAFA annulled the denial on appeal.");
        page.Find("[data-testid=confirm-withdrawal]").Click();

        page.WaitForAssertion(() => Assert.Equal(AlliedDenialStatus.Withdrawn, Assert.Single(Get<AlliedDenialRegistry>().ListAsync().GetAwaiter().GetResult()).Value.Status));
        page.WaitForAssertion(() => Assert.DoesNotContain("Northwind Optics LLC", page.Find("[data-testid=denials-table]").TextContent, StringComparison.Ordinal));
    }

    private static string Count(IRenderedComponent<ScreeningPage> page, string kind) => page.Find($"[data-testid=import-{kind}]").TextContent.Trim();
}
