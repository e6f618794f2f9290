using Bunit;
using MudBlazor;
using Sandbox.Domain.Applications;
using Sandbox.Web.Components.Pages.Cases;

namespace Sandbox.Web.Tests.Components.Applications;

public sealed class CaseQueueTests : ApplicationsComponentTest
{
    [Fact]
    public async Task The_queue_lists_submitted_cases_only_and_a_category_filter_narrows_it()
    {
        await StartAsync();
        var publicSafety = await SubmitAsync(Complete);
        var research = await SubmitAsync(Complete with { EndUse = new EndUse(EndUseCategory.ResearchAndTesting, "Research on counting accuracy with synthetic crowds only.") });
        var draft = await Applications.CreateAsync(Applicant, Complete);
        SignInAsRegulator();

        var page = RenderAsUser<CaseQueuePage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid^=case-link-]").Count));
        Assert.Empty(page.FindAll($"[data-testid='case-link-{draft.Value.Reference}']"));
        Assert.All(page.FindAll("[data-testid=sla-state]"), chip => Assert.Equal("On track", chip.TextContent.Trim()));

        var category = page.FindComponent<MudSelect<EndUseCategory?>>();
        await page.InvokeAsync(() => category.Instance.ValueChanged.InvokeAsync(EndUseCategory.ResearchAndTesting));
        page.Find("[data-testid=apply-filters]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            [$"case-link-{research.Value.Reference}"],
            page.FindAll("[data-testid^=case-link-]").Select(a => a.GetAttribute("data-testid"))));
        Assert.Empty(page.FindAll($"[data-testid='case-link-{publicSafety.Value.Reference}']"));
    }

    [Fact]
    public async Task A_case_past_its_deadline_shows_as_overdue()
    {
        await StartAsync();
        var submitted = await SubmitAsync(Complete);
        Time.SetUtcNow(submitted.Value.SlaDueAt!.Value.AddHours(1));
        SignInAsRegulator();

        var page = RenderAsUser<CaseQueuePage>();

        page.WaitForAssertion(() => Assert.Equal("Overdue", page.Find("[data-testid=sla-state]").TextContent.Trim()));
    }
}
