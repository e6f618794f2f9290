using Bunit;
using Sandbox.Licensing.Cases;
using Sandbox.Storage.Documents;
using Sandbox.Web.Components.Pages.Admin.Workflows;
using Sandbox.Web.Tests.Components.Licences;
using Sandbox.Workflows.Instances;

namespace Sandbox.Web.Tests.Components.AdminWorkflows;

public sealed class WorkflowsPageTests : LicensingComponentTest
{
    [Fact]
    public async Task Every_loaded_definition_is_listed_with_its_counts_and_its_diagram()
    {
        await StartAsync();
        SignInAsAdministrator();

        var page = RenderAsUser<WorkflowsPage>();

        page.WaitForElement("[data-testid=no-incidents]");
        var definitions = Engine.Definitions.All;
        Assert.True(definitions.Count >= 5);
        foreach (var definition in definitions)
        {
            var card = page.Find($"[data-testid='workflow-definition-{definition.Key}']");
            Assert.Equal(definition.Key, card.QuerySelector("[data-testid=definition-key]")!.TextContent.Trim());
            Assert.Contains(definition.Title, card.TextContent, StringComparison.Ordinal);
            Assert.StartsWith($"{definition.States.Count} states", card.QuerySelector("[data-testid=definition-counts]")!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.NotNull(card.QuerySelector("svg"));
        }

        Assert.NotNull(page.Find("[data-testid='workflow-definition-pilot-licence-lifecycle@1']"));
    }

    [Fact]
    public async Task An_open_incident_is_listed_and_retrying_it_runs_the_activity_again()
    {
        await StartAsync();
        var licence = await IssueAsync();
        var instanceId = CaseDefinitions.LifecycleInstanceId(licence.Id);
        var flaky = Get<FlakyActivity>();
        flaky.FailuresLeft = 1;
        await OpenIncidentAsync(instanceId);
        SignInAsAdministrator();

        var page = RenderAsUser<WorkflowsPage>();

        var row = page.WaitForElement("[data-testid=incident]");
        Assert.Equal(licence.Reference, row.QuerySelector("[data-testid=incident-subject]")!.TextContent.Trim());
        Assert.Equal(FlakyActivity.ActivityName, row.QuerySelector("[data-testid=incident-activity]")!.TextContent.Trim());
        Assert.Contains(FlakyActivity.Error, row.QuerySelector("[data-testid=incident-error]")!.TextContent, StringComparison.Ordinal);

        row.QuerySelector("[data-testid=retry-incident]")!.Click();

        page.WaitForAssertion(() => Assert.Contains("it ran", page.Find("[data-testid=retry-result]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.Find("[data-testid=no-incidents]"));
        Assert.Equal(1, flaky.Runs);
        var stored = (await Engine.GetAsync(instanceId))!.Value;
        Assert.Equal("admin-1", Assert.Single(stored.Incidents).ResolvedBy);
        Assert.Equal(0, stored.OpenIncidents);
    }

    [Fact]
    public async Task A_retry_that_fails_again_says_so_and_the_incident_stays_listed()
    {
        await StartAsync();
        var licence = await IssueAsync();
        var instanceId = CaseDefinitions.LifecycleInstanceId(licence.Id);
        Get<FlakyActivity>().FailuresLeft = 10;
        await OpenIncidentAsync(instanceId);
        SignInAsAdministrator();
        var page = RenderAsUser<WorkflowsPage>();

        page.WaitForElement("[data-testid=retry-incident]").Click();

        page.WaitForAssertion(() => Assert.Contains("failed again", page.Find("[data-testid=retry-result]").TextContent, StringComparison.Ordinal));
        Assert.Single(page.FindAll("[data-testid=incident]"));
        Assert.Equal(1, (await Engine.GetAsync(instanceId))!.Value.OpenIncidents);
    }

    /// <summary>Gives the instance one more activity to run, allowed a single attempt, and lets the engine run it: it fails and opens an incident.</summary>
    private async Task OpenIncidentAsync(string instanceId)
    {
        var instances = Get<DocumentSet<WorkflowInstance>>();
        var current = (await instances.ReadAsync(instanceId, instanceId))!;
        var instance = current.Value;
        Assert.Empty(instance.Pending);
        instance.Pending.Add(new PendingWork { Key = $"{instanceId}:test:archive", Sequence = instance.Sequence, State = instance.State, Activity = FlakyActivity.ActivityName, MaxAttempts = 1 });
        await instances.ReplaceAsync(instance, current.ETag);
        await Engine.ProcessAsync(instanceId);
        Assert.Equal(1, (await Engine.GetAsync(instanceId))!.Value.OpenIncidents);
    }
}
