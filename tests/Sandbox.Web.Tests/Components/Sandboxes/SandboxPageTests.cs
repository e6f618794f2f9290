using Bunit;
using MudBlazor;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Web.Components.Pages.Sandboxes;

namespace Sandbox.Web.Tests.Components.Sandboxes;

public sealed class SandboxPageTests : SandboxComponentTest
{
    [Fact]
    public async Task The_named_researcher_sees_it_ready_with_identifiers_denied_and_reads_the_credentials_once()
    {
        var sandbox = await ReadySandboxAsync();
        SignInAsResearcher();

        var page = RenderAsUser<SandboxPage>(p => p.Add(c => c.Id, sandbox.Id));

        page.WaitForElement("[data-testid=sandbox-status]");
        Assert.Equal("Ready", Text(page, "sandbox-status"));
        Assert.Equal("EU", Text(page, "sandbox-region"));
        Assert.Empty(page.FindAll("[data-testid=sandbox-closed]"));
        Assert.Equal("Denied by the licence", Availability(page, "flows", "src_ip"));
        Assert.Equal("Denied by the licence", Availability(page, "flows", "user_account"));
        Assert.Equal("Available", Availability(page, "flows", "protocol"));
        Assert.Equal("Available", Availability(page, "flows", "dst_ip")); // a quasi-identifier is not an identifier
        Assert.Equal("Denied by the licence", Availability(page, "ids_alerts", "src_ip"));
        Assert.Empty(page.FindAll("[data-testid=credentials-shown]"));

        page.Find("[data-testid=show-credentials]").Click();

        page.WaitForElement("[data-testid=credential-secret]");
        Assert.Equal(SandboxIds.ServiceClient(sandbox.Id), page.Find("[data-testid=credential-client-id]").GetAttribute("value"));
        Assert.False(string.IsNullOrWhiteSpace(page.Find("[data-testid=credential-secret]").GetAttribute("value")));
        Assert.Contains(SandboxIds.Scope(sandbox.Id, SandboxIds.QueryOperation), Text(page, "credential-scopes"), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=show-credentials]"));

        var again = RenderAsUser<SandboxPage>(p => p.Add(c => c.Id, sandbox.Id));

        again.WaitForElement("[data-testid=credentials-shown]");
        Assert.Contains("already shown", Text(again, "credentials-shown"), StringComparison.Ordinal);
        Assert.Empty(again.FindAll("[data-testid=show-credentials]"));
        Assert.Empty(again.FindAll("[data-testid=credential-secret]"));
    }

    [Fact]
    public async Task The_default_query_counts_the_first_dataset_and_its_result_is_drafted_and_submitted_as_an_export()
    {
        var sandbox = await ReadySandboxAsync();
        SignInAsResearcher();
        var page = RenderAsUser<SandboxPage>(p => p.Add(c => c.Id, sandbox.Id));
        page.WaitForElement("[data-testid=no-exports]");

        page.Find("[data-testid=query-run]").Click();

        page.WaitForElement("[data-testid=query-result]");
        Assert.Empty(page.FindAll("[data-testid=query-refusal]"));
        Assert.Equal(["count"], page.FindAll("[data-testid=query-result] th").Select(th => th.TextContent.Trim()));
        var cell = Assert.Single(page.FindAll("[data-testid=query-result] tbody td"));
        Assert.Equal(sandbox.Dataset("flows")!.Recipe.RowCount, long.Parse(cell.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("1 row(s)", Text(page, "query-summary"), StringComparison.Ordinal);

        page.Find("[data-testid=export-justification]").Change("Flow totals for the interim report to the authority.");
        page.Find("[data-testid=export-draft]").Click();

        page.WaitForAssertion(() => Assert.Equal("Draft", Text(page, "export-status")));
        page.Find("[data-testid=export-submit]").Click();

        page.WaitForAssertion(() => Assert.Equal("Submitted", Text(page, "export-status")));
        var export = Assert.Single(await InScopeAsync((SandboxAirlock a) => a.ForSandboxAsync(sandbox.Id, CancellationToken.None)));
        Assert.Equal((ExportStatus.Submitted, Researcher.UserId, "flows", Purpose), (export.Status, export.RequestedBy, export.Query.Dataset, export.Query.Purpose));
        Assert.Equal("Flow totals for the interim report to the authority.", export.Justification);
    }

    [Fact]
    public async Task A_query_grouped_by_an_identifier_or_for_an_undeclared_purpose_is_refused_with_its_condition()
    {
        var sandbox = await ReadySandboxAsync();
        SignInAsResearcher();
        var page = RenderAsUser<SandboxPage>(p => p.Add(c => c.Id, sandbox.Id));
        page.WaitForElement("[data-testid=query-run]");
        var groupBy = Select(page, "query-group-by");

        await groupBy.InvokeAsync(() => groupBy.Instance.SelectedValuesChanged.InvokeAsync(["src_ip"]));
        page.Find("[data-testid=query-run]").Click();

        page.WaitForElement("[data-testid=query-refusal]");
        Assert.Equal("(noRawIdentifiers)", Text(page, "query-refusal-condition"));
        Assert.Empty(page.FindAll("[data-testid=query-result]"));

        await groupBy.InvokeAsync(() => groupBy.Instance.SelectedValuesChanged.InvokeAsync(["protocol"]));
        var purpose = Select(page, "query-purpose");
        await purpose.InvokeAsync(() => purpose.Instance.ValueChanged.InvokeAsync("Profile the users behind the flows"));
        page.Find("[data-testid=query-run]").Click();

        page.WaitForAssertion(() => Assert.Equal("(declaredPurposes)", Text(page, "query-refusal-condition")));
        Assert.Empty(page.FindAll("[data-testid=query-result]"));
    }

    [Fact]
    public async Task A_user_of_another_organization_is_told_there_is_no_such_sandbox()
    {
        var sandbox = await ReadySandboxAsync();
        SignInAsOutsider();

        var page = RenderAsUser<SandboxPage>(p => p.Add(c => c.Id, sandbox.Id));

        page.WaitForElement("[data-testid=sandbox-missing]");
        Assert.Contains(sandbox.Id, Text(page, "sandbox-missing"), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=sandbox-status]"));
        Assert.Empty(page.FindAll("[data-testid=credentials-panel]"));
        Assert.Empty(page.FindAll("[data-testid=query-panel]"));
        Assert.DoesNotContain(sandbox.PilotTitle, page.Markup, StringComparison.Ordinal);
    }

    private static IRenderedComponent<MudSelect<string>> Select(IRenderedComponent<SandboxPage> page, string testId) =>
        page.FindComponents<MudSelect<string>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), testId));

    private static string Availability(IRenderedComponent<SandboxPage> page, string dataset, string field) =>
        page.FindAll($"[data-testid=dataset-{dataset}] tbody tr").Single(row => row.QuerySelector("code")!.TextContent == field).Children[3].TextContent.Trim();

    private static string Text(IRenderedComponent<SandboxPage> page, string testId) => page.Find($"[data-testid={testId}]").TextContent.Trim();
}
