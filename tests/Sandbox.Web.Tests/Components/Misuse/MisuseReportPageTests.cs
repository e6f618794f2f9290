using Bunit;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning.Environments;
using Sandbox.Web.Components.Pages.Misuse;
using Sandbox.Web.Tests.Components.Sandboxes;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Tests.Components.Misuse;

/// <summary>A report's page on the real misuse workflow: the regulator's steps with their problems beside the fields, the holder's narrower view.</summary>
public sealed class MisuseReportPageTests : SandboxComponentTest
{
    private async Task<(SandboxEnvironment Sandbox, MisuseReceipt Receipt)> ReportedAsync()
    {
        var sandbox = await ReadySandboxAsync();
        var receipt = await InScopeAsync<MisuseIntake, MisuseReceipt>(intake => intake.SubmitAsync(MisuseReporter.Anonymous("198.51.100.3"), new MisuseSubmission
        {
            Allegation = MisuseAllegation.BreachOfConditions,
            Description = "Per-host counts from this sandbox are posted on a public forum every week.",
            LicenceReference = sandbox.LicenceReference,
            Evidence = [new EvidenceUpload("forum.txt", "text/plain", "thread 4411"u8.ToArray())],
        }));
        await AdvanceAsync(TimeSpan.Zero);
        return (sandbox, receipt);
    }

    [Fact]
    public async Task A_regulator_triages_from_the_page_and_a_missing_severity_is_shown_beside_its_choice()
    {
        var (sandbox, receipt) = await ReportedAsync();
        SignInAsRegulator();

        var page = RenderAsUser<MisuseReportPage>(p => p.Add(c => c.Id, receipt.ReportId));
        page.WaitForElement("[data-testid=misuse-description]");
        Assert.Equal("forum.txt", page.Find("[data-testid=misuse-evidence]").TextContent.Trim());
        page.Find("[data-testid=misuse-action-triage]").Click();
        Assert.Equal(sandbox.LicenceReference, page.Find("input[data-testid=misuse-licence-reference]").GetAttribute("value"));
        page.Find("textarea[data-testid=misuse-reason]").Input("Credible and specific.");
        page.Find("[data-testid=misuse-confirm]").Click();

        page.WaitForElement("[data-testid=misuse-severity-problem]");
        Assert.Contains("Choose a severity", page.Find("[data-testid=misuse-severity-problem]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Triage", page.Find("[data-testid=misuse-state]").TextContent.Trim());

        page.Find("[data-testid=misuse-severity-High]").Click();
        page.Find("[data-testid=misuse-confirm]").Click();
        page.WaitForAssertion(() => Assert.Equal("Investigation", page.Find("[data-testid=misuse-state]").TextContent.Trim()));
        Assert.Equal("High", page.Find("[data-testid=misuse-severity]").TextContent.Trim());
    }

    [Fact]
    public async Task The_holder_sees_neither_the_reports_text_nor_its_evidence_and_may_respond()
    {
        var (sandbox, receipt) = await ReportedAsync();
        var etag = (await Get<WorkflowEngine>().GetAsync(MisuseIds.Instance(receipt.ReportId)))!.ETag;
        await InScopeAsync<MisuseActions, object>(async actions => await actions.ActAsync(
            Regulator, RegulatorName, receipt.ReportId, "triage", new MisuseDecision("Credible.", MisuseSeverity.Medium, sandbox.LicenceReference), etag));
        await AdvanceAsync(TimeSpan.Zero);
        SignInAsResearcher();

        var page = RenderAsUser<MisuseReportPage>(p => p.Add(c => c.Id, receipt.ReportId));

        page.WaitForElement("[data-testid=misuse-actions]");
        Assert.Empty(page.FindAll("[data-testid=misuse-description]"));
        Assert.Empty(page.FindAll("[data-testid=misuse-evidence]"));
        Assert.DoesNotContain("public forum", page.Markup, StringComparison.Ordinal);
        Assert.Equal(sandbox.LicenceReference, page.Find("[data-testid=misuse-licence]").TextContent.Trim());
        Assert.Single(page.FindAll("[data-testid=misuse-action-holder-respond]"));
        Assert.Empty(page.FindAll("[data-testid=misuse-action-suspend]"));
    }
}
