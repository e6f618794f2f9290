using Bunit;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Web.Components.Pages.Cases.Workflow;
using Sandbox.Web.Components.Pages.Inbox;
using Sandbox.Web.Tests.Components.Licences;

namespace Sandbox.Web.Tests.Components.Workflow;

/// <summary>The regulator's inbox and the case's workflow panel on the real services: tasks, actions with their reasons, decisions.</summary>
public sealed class CaseWorkflowTests : LicensingComponentTest
{
    private async Task<string> SubmitTier1Async()
    {
        var applications = Get<PilotApplications>();
        var created = await applications.CreateAsync(Holder, LicencePilots.Tier1(DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime).AddDays(14)));
        return (await applications.SubmitAsync(Holder, created.Value.Id, created.ETag)).Value.Id;
    }

    [Fact]
    public async Task The_inbox_lists_the_review_task_with_its_sla_and_links_to_the_case()
    {
        await StartAsync();
        var applicationId = await SubmitTier1Async();
        SignInAsRegulator();

        var page = RenderAsUser<InboxPage>();

        var task = page.WaitForElement("[data-testid=inbox-task]");
        Assert.Equal("Review and decide", task.TextContent.Trim());
        Assert.Equal($"/cases/{applicationId}", task.GetAttribute("href"));
        Assert.Equal("On time", page.Find("[data-testid=inbox-sla]").TextContent.Trim());
    }

    [Fact]
    public async Task The_holder_has_no_review_task()
    {
        await StartAsync();
        await SubmitTier1Async();
        SignInAsHolder();

        var page = RenderAsUser<InboxPage>();

        page.WaitForElement("[data-testid=inbox-empty]");
    }

    [Fact]
    public async Task A_refusal_without_criteria_is_refused_beside_them_and_with_them_is_recorded()
    {
        await StartAsync();
        var applicationId = await SubmitTier1Async();

        var panel = Render<CaseWorkflowPanel>(p => p.Add(c => c.Actor, Regulator).Add(c => c.ActorName, RegulatorName).Add(c => c.ApplicationId, applicationId));

        Assert.Equal("Review", panel.WaitForElement("[data-testid=workflow-state]").TextContent.Trim());
        panel.Find("[data-testid=action-refuse]").Click();
        panel.WaitForElement("[data-testid=decision-rationale]").Change("The safeguards do not address the people affected by the pilot.");
        panel.Find("[data-testid=decision-submit]").Click();
        panel.WaitForElement("[data-testid=refusal-codes-problem]");
        Assert.Equal("review", LicensingCases.Current(await Engine.FindBySubjectAsync(applicationId))!.State);

        var box = panel.Find("[data-testid=refusal-SBX-VULNERABLE-GROUPS]");
        (box.TagName == "INPUT" ? box : box.QuerySelector("input")!).Change(true);
        panel.Find("[data-testid=decision-submit]").Click();

        panel.WaitForAssertion(() => Assert.Equal("Refused (appeal possible)", panel.Find("[data-testid=workflow-state]").TextContent.Trim()));
        Assert.Equal("refused", LicensingCases.Current(await Engine.FindBySubjectAsync(applicationId))!.State);
    }

    [Fact]
    public async Task Approving_with_the_prefilled_conditions_issues_a_licence_linked_from_the_panel()
    {
        await StartAsync();
        var applicationId = await SubmitTier1Async();

        var panel = Render<CaseWorkflowPanel>(p => p.Add(c => c.Actor, Regulator).Add(c => c.ActorName, RegulatorName).Add(c => c.ApplicationId, applicationId));
        panel.WaitForElement("[data-testid=action-approve]").Click();
        panel.WaitForElement("[data-testid=decision-rationale]").Change("Safeguards are proportionate to this lab-only pilot.");
        panel.Find("[data-testid=decision-submit]").Click();

        panel.WaitForElement("[data-testid=workflow-licences]");
        var licence = Assert.Single(await Get<LicenceRegistry>().ForApplicationAsync(applicationId));
        Assert.Equal(LicenceStatus.Issued, licence.Status);
        Assert.NotEmpty(licence.Conditions.DeclaredPurposes);
        Assert.Equal("Regulator", licence.Decision.DecidedByName.Split(' ')[^1]);
    }

    [Fact]
    public async Task A_person_of_the_applicant_organization_sees_why_they_may_not_decide()
    {
        await StartAsync();
        var applicationId = await SubmitTier1Async();
        var ownRegulator = new Sandbox.Applications.Access.CaseActor("otto", Holder.OrganizationId, new HashSet<string>(["Regulator"]));

        var panel = Render<CaseWorkflowPanel>(p => p.Add(c => c.Actor, ownRegulator).Add(c => c.ActorName, "Otto").Add(c => c.ApplicationId, applicationId));

        Assert.True(panel.WaitForElement("[data-testid=action-approve]").HasAttribute("disabled"));
        Assert.Contains("not by the applicant's own organization", panel.Find("[data-testid=unmet-approve]").TextContent, StringComparison.Ordinal);
    }
}
