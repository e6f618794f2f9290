using Bunit;
using Sandbox.Domain.Sandboxes;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Web.Components.Pages.Sandboxes;

namespace Sandbox.Web.Tests.Components.Sandboxes;

public sealed class AirlockPageTests : SandboxComponentTest
{
    private const string Justification = "Flow totals by protocol for the interim report to the authority.";

    [Fact]
    public async Task A_regulator_takes_a_submitted_export_into_review_is_asked_for_reasons_and_with_them_approves_it_out_of_the_queue()
    {
        var sandbox = await ReadySandboxAsync();
        var export = await SubmittedExportAsync(sandbox);
        SignInAsRegulator();

        var page = RenderAsUser<AirlockPage>();

        var card = $"[data-testid=airlock-{export.Id}]";
        page.WaitForElement(card);
        Assert.Equal("Submitted", page.Find($"{card} [data-testid=airlock-status]").TextContent.Trim());
        Assert.Contains(Justification, page.Find(card).TextContent, StringComparison.Ordinal);
        Assert.Equal(["protocol", "count"], page.FindAll($"{card} [data-testid=airlock-result] th").Select(th => th.TextContent.Trim()));
        Assert.Equal(export.Rows.Count, page.FindAll($"{card} [data-testid=airlock-result] tbody tr").Count);
        Assert.Empty(page.FindAll($"{card} [data-testid=airlock-approve]"));

        page.Find($"{card} [data-testid=airlock-start]").Click();

        page.WaitForAssertion(() => Assert.Equal("InReview", page.Find($"{card} [data-testid=airlock-status]").TextContent.Trim()));
        page.Find($"{card} [data-testid=airlock-approve]").Click();

        page.WaitForAssertion(() => Assert.Contains("Use 5 to 2000 characters.", Field(page, card).TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=airlock-message]"));
        Assert.Equal(ExportStatus.InReview, (await StoredAsync(sandbox, export)).Status);

        page.Find($"{card} [data-testid=airlock-reason]").Change("Totals above the minimum cell size; no identifiers.");
        page.Find($"{card} [data-testid=airlock-approve]").Click();

        page.WaitForElement("[data-testid=airlock-empty]");
        Assert.Empty(page.FindAll(card));
        var approved = await StoredAsync(sandbox, export);
        Assert.Equal((ExportStatus.Approved, Regulator.UserId, "Totals above the minimum cell size; no identifiers."), (approved.Status, approved.Reviewer, approved.Decision));
    }

    [Fact]
    public async Task A_regulator_of_the_holders_organization_does_not_see_its_exports_in_the_queue()
    {
        var sandbox = await ReadySandboxAsync();
        var export = await SubmittedExportAsync(sandbox);
        SignIn("hugo", "Hugo Holder", sandbox.HolderOrganizationId, Domain.Access.SandboxRoles.Regulator,
            new System.Security.Claims.Claim(Identity.Access.SandboxClaimTypes.AuthenticationMethod, "mfa"));

        var page = RenderAsUser<AirlockPage>();

        page.WaitForElement("[data-testid=airlock-empty]");
        Assert.Empty(page.FindAll($"[data-testid=airlock-{export.Id}]"));
        Assert.DoesNotContain(Justification, page.Markup, StringComparison.Ordinal);
        Assert.Equal(ExportStatus.Submitted, (await StoredAsync(sandbox, export)).Status);
    }

    /// <summary>The named researcher drafts and submits an export of protocol counts through the airlock.</summary>
    private async Task<ExportRequest> SubmittedExportAsync(SandboxEnvironment sandbox)
    {
        var researcher = new GatewayCaller(Researcher.UserId, null, ViaToken: false, IsClient: false, new HashSet<string>(), "EU", null, Researcher.OrganizationId);
        var query = new GatewayQuery { Dataset = "flows", Purpose = Purpose, Aggregates = [new GatewayAggregate("count")], GroupBy = ["protocol"] };
        var draft = await InScopeAsync((SandboxAirlock a) => a.DraftAsync(researcher, sandbox.Id, query, Justification, CancellationToken.None));
        Assert.Null(draft.Refusal);
        var submitted = await InScopeAsync((SandboxAirlock a) => a.SubmitAsync(researcher, sandbox.Id, draft.Value!.Value.Id, draft.Value.ETag, CancellationToken.None));
        Assert.Null(submitted.Refusal);
        return submitted.Value!.Value;
    }

    private async Task<ExportRequest> StoredAsync(SandboxEnvironment sandbox, ExportRequest export) =>
        (await InScopeAsync((SandboxAirlock a) => a.FindAsync(sandbox.Id, export.Id, CancellationToken.None)))!.Value;

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<AirlockPage> page, string card) =>
        page.Find($"{card} [data-testid=airlock-reason]").Closest(".mud-input-control")!;
}
