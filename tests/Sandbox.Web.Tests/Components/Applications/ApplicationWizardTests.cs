using Bunit;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Web.Components.Pages.Applications;

namespace Sandbox.Web.Tests.Components.Applications;

public sealed class ApplicationWizardTests : ApplicationsComponentTest
{
    [Fact]
    public async Task Moving_to_the_next_step_creates_the_draft_and_shows_the_plan_step()
    {
        await StartAsync();
        SignInAsApplicant();

        var page = RenderAsUser<ApplicationPage>();
        page.WaitForElement("[data-testid=contact-name]").Input("Dr. Ines Van Dijk");
        page.Find("[data-testid=next-step]").Click();

        page.WaitForElement("[data-testid=wizard-step-plan]");
        Assert.NotNull(page.Find("[data-testid=plan-title]"));
        var stored = Assert.Single((await Applications.ListAsync(Applicant, new() { Sort = ApplicationSort.UpdatedNewest })).Items).Value;
        Assert.Equal("Dr. Ines Van Dijk", stored.Draft!.Contact!.Name);
        Assert.Equal(ApplicationStatus.Draft, stored.Status);
    }

    [Fact]
    public async Task A_submission_problem_shows_in_the_review_summary_and_beside_its_field()
    {
        await StartAsync();
        SignInAsApplicant();
        var content = Complete with { Parties = [Complete.Parties[0], Complete.Parties[1] with { Country = null }] };
        var created = await Applications.CreateAsync(Applicant, content);

        var page = RenderAsUser<ApplicationPage>(p => p.Add(c => c.Id, created.Value.Id));
        page.WaitForElement("[data-testid=step-review]").Click();
        page.WaitForElement("[data-testid=submit-application]").Click();

        var summary = page.WaitForElement("[data-testid=problems-end-use]");
        Assert.Contains("The party's country is required.", summary.TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=go-to-end-use]").Click();
        var country = page.WaitForElement("[data-testid=party-1-country]");
        var field = country.Closest(".mud-input-control");
        Assert.NotNull(field);
        Assert.Contains("The party's country is required.", field.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("The party's country is required.", page.Find("[data-testid=party-0-country]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        var stored = await Applications.GetAsync(Applicant, created.Value.Id);
        Assert.Equal((ApplicationStatus.Draft, 0), (stored.Value.Status, stored.Value.VersionCount));
    }

    [Fact]
    public async Task A_draft_changed_elsewhere_is_not_overwritten_and_the_page_offers_a_reload()
    {
        await StartAsync();
        SignInAsApplicant();
        var created = await Applications.CreateAsync(Applicant, Complete);
        var page = RenderAsUser<ApplicationPage>(p => p.Add(c => c.Id, created.Value.Id));
        page.WaitForElement("[data-testid=contact-name]");
        await Applications.SaveDraftAsync(Applicant, created.Value.Id, created.ETag, Complete with { RequestedDurationDays = 90 });

        page.Find("[data-testid=contact-name]").Input("Someone Else");
        page.Find("[data-testid=next-step]").Click();

        page.WaitForElement("[data-testid=stale-alert]");
        var stored = await Applications.GetAsync(Applicant, created.Value.Id);
        Assert.Equal((90, "Dr. Ines Van Dijk"), (stored.Value.Draft!.RequestedDurationDays, stored.Value.Draft.Contact!.Name));
        page.Find("[data-testid=reload-application]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=stale-alert]")));
        Assert.Equal("Dr. Ines Van Dijk", page.Find("[data-testid=contact-name]").GetAttribute("value"));
    }

    [Fact]
    public async Task A_submitted_application_is_read_only_with_an_amend_button_and_amending_shows_the_changes()
    {
        await StartAsync();
        SignInAsApplicant();
        var submitted = await SubmitAsync(Complete);

        var page = RenderAsUser<ApplicationPage>(p => p.Add(c => c.Id, submitted.Value.Id));
        page.WaitForElement("[data-testid=amend-application]").Click();
        page.WaitForElement("[data-testid=step-terms]").Click();
        page.WaitForElement("[data-testid=requested-duration-days]").Input("90");
        page.Find("[data-testid=next-step]").Click();

        page.WaitForAssertion(() => Assert.Contains("Requested duration days", page.Find("[data-testid=pending-changes]").TextContent, StringComparison.Ordinal));
        var stored = await Applications.GetAsync(Applicant, submitted.Value.Id);
        Assert.Equal(90, stored.Value.Draft!.RequestedDurationDays);
        Assert.True(stored.Value.HasPendingAmendment);
    }
}
