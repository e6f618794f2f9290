using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Sandbox.Domain.Applications;
using Sandbox.Web.Components.Pages.Applications;

namespace Sandbox.Web.Tests.Components.Applications;

public sealed class ApplicationExtrasTests : ApplicationsComponentTest
{
    [Fact]
    public async Task A_file_attached_to_the_draft_is_listed_and_a_file_of_the_wrong_type_is_refused_with_the_reason()
    {
        await StartAsync();
        SignInAsApplicant();
        var created = await Applications.CreateAsync(Applicant, Complete);
        var page = RenderAsUser<ApplicationPage>(p => p.Add(c => c.Id, created.Value.Id));

        page.WaitForComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("zone,count\nA,12\n", "counts.csv", contentType: "text/csv"));

        page.WaitForAssertion(() => Assert.Contains("counts.csv", page.Find("[data-testid=attachment-list]").TextContent, StringComparison.Ordinal));
        var stored = await Applications.GetAsync(Applicant, created.Value.Id);
        Assert.Equal("counts.csv", Assert.Single(stored.Value.Draft!.Attachments).FileName);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("not a pdf", "plan.pdf", contentType: "application/pdf"));

        page.WaitForAssertion(() => Assert.Contains("is not application/pdf", page.Find("[data-testid=attachment-problem]").TextContent, StringComparison.Ordinal));
        Assert.Single((await Applications.GetAsync(Applicant, created.Value.Id)).Value.Draft!.Attachments);
    }

    [Fact]
    public async Task Withdrawing_asks_for_a_reason_and_the_application_then_reads_withdrawn()
    {
        await StartAsync();
        SignInAsApplicant();
        var submitted = await SubmitAsync(Complete);
        var dialogs = Render<MudDialogProvider>();
        var page = RenderAsUser<ApplicationPage>(p => p.Add(c => c.Id, submitted.Value.Id));

        page.WaitForElement("[data-testid=withdraw-application]").Click();
        dialogs.WaitForElement("[data-testid=confirm-withdraw]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Say why", dialogs.Find("[data-testid=withdraw-reason]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        dialogs.Find("[data-testid=withdraw-reason]").Input("The station operator ended the trial.");
        dialogs.Find("[data-testid=confirm-withdraw]").Click();

        page.WaitForAssertion(() => Assert.Contains("The station operator ended the trial.", page.Find("[data-testid=submitted-summary]").TextContent, StringComparison.Ordinal));
        var stored = await Applications.GetAsync(Applicant, submitted.Value.Id);
        Assert.Equal(ApplicationStatus.Withdrawn, stored.Value.Status);
    }
}
