using Bunit;
using MudBlazor;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Licences;
using Sandbox.Web.Components.Pages.Licences;

namespace Sandbox.Web.Tests.Components.Licences;

public sealed class LicencePageTests : LicensingComponentTest
{
    [Fact]
    public async Task The_holder_reads_the_terms_every_condition_in_words_and_the_decision_but_not_the_tier()
    {
        await StartAsync();
        var licence = await IssueAsync();
        SignInAsHolder();

        var page = RenderAsUser<LicencePage>(p => p.Add(c => c.Id, licence.Id));

        page.WaitForElement("[data-testid=licence]");
        Assert.Equal(licence.Reference, page.Find("[data-testid=licence-reference]").TextContent.Trim());
        Assert.Equal("TU Example", page.Find("[data-testid=licence-holder]").TextContent.Trim());
        Assert.Equal($"/applications/{licence.ApplicationId}", page.Find("[data-testid=licence-application]").GetAttribute("href"));
        Assert.Equal(licence.ApplicationReference, page.Find("[data-testid=licence-application]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=licence-tier]"));
        Assert.StartsWith(Sandbox.Web.Components.Pages.Applications.Display.When(licence.SunsetAt), Text(page, "licence-sunset"), StringComparison.Ordinal);
        Assert.StartsWith(Sandbox.Web.Components.Pages.Applications.Display.When(licence.ValidTo), Text(page, "licence-valid-to"), StringComparison.Ordinal);

        Assert.Contains("deleted 30 days after collection", Text(page, "condition-retention"), StringComparison.Ordinal);
        Assert.Contains("stay in EU", Text(page, "condition-region"), StringComparison.Ordinal);
        Assert.Contains("Only aggregate statistics", Text(page, "condition-aggregate"), StringComparison.Ordinal);
        Assert.Contains("fewer than 10 people is suppressed", Text(page, "condition-aggregate"), StringComparison.Ordinal);
        Assert.Contains("device_mac, plate_number", Text(page, "condition-denied-fields"), StringComparison.Ordinal);
        Assert.Contains("at most 5,000 rows", Text(page, "condition-max-rows"), StringComparison.Ordinal);
        Assert.Contains("At most 500 queries a day", Text(page, "condition-queries-per-day"), StringComparison.Ordinal);
        Assert.Contains("airlock review before release", Text(page, "condition-export-review"), StringComparison.Ordinal);
        Assert.Contains("streams usage telemetry", Text(page, "condition-telemetry"), StringComparison.Ordinal);
        Assert.Contains("Evaluate detection accuracy on synthetic records", Text(page, "condition-purposes"), StringComparison.Ordinal);
        Assert.Equal(LicencePilots.Conditions.Narrative, page.FindAll("[data-testid=narrative-condition]").Select(li => li.TextContent.Trim()));

        Assert.Equal(RegulatorName, Text(page, "decided-by"));
        Assert.Equal("—", Text(page, "countersigned-by"));
        Assert.Equal(LicencePilots.Rationale, Text(page, "decision-rationale"));
    }

    [Fact]
    public async Task A_case_reader_sees_the_tier_and_reaches_the_case()
    {
        await StartAsync();
        var licence = await IssueAsync();
        SignInAsRegulator();

        var page = RenderAsUser<LicencePage>(p => p.Add(c => c.Id, licence.Id));

        page.WaitForElement("[data-testid=licence-tier]");
        Assert.Contains("Tier 1", Text(page, "licence-tier"), StringComparison.Ordinal);
        Assert.Equal($"/cases/{licence.ApplicationId}", page.Find("[data-testid=licence-application]").GetAttribute("href"));
    }

    [Fact]
    public async Task Another_organization_gets_not_found()
    {
        await StartAsync();
        var licence = await IssueAsync();
        SignInAsOutsider();

        var page = RenderAsUser<LicencePage>(p => p.Add(c => c.Id, licence.Id));

        page.WaitForAssertion(() => Assert.Contains("no licence with this address", page.Find("[data-testid=licence-error]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=licence]"));
        Assert.DoesNotContain(licence.Reference, page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspending_without_a_reason_shows_the_problem_beside_the_field_and_with_one_suspends_the_licence()
    {
        await StartAsync();
        var licence = await IssueActiveAsync();
        SignInAsRegulator();
        var dialogs = Render<MudDialogProvider>();
        var page = RenderAsUser<LicencePage>(p => p.Add(c => c.Id, licence.Id));

        page.WaitForElement("[data-testid=act-suspend]").Click();
        dialogs.WaitForElement("[data-testid=confirm-action]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("needs a reason", dialogs.Find("[data-testid=action-reason]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.Equal(LicenceStatus.Active, (await Get<LicenceRegistry>().GetAsync(licence.Id))!.Value.Status);

        dialogs.Find("[data-testid=action-reason]").Input("Telemetry stopped arriving three days ago.");
        dialogs.Find("[data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Equal("Suspended", page.Find("[data-testid=licence-status]").TextContent.Trim()));
        Assert.Contains("Suspend: done", page.Find("[data-testid=action-result]").TextContent, StringComparison.Ordinal);
        var change = page.FindAll("[data-testid=status-change]")[^1];
        Assert.Contains("Telemetry stopped arriving three days ago.", change.TextContent, StringComparison.Ordinal);
        Assert.Contains(RegulatorName, change.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=act-reinstate]"));
        Assert.Equal(LicenceStatus.Suspended, (await Get<LicenceRegistry>().GetAsync(licence.Id))!.Value.Status);
    }

    [Fact]
    public async Task An_action_on_a_licence_changed_meanwhile_is_refused_and_the_page_reloads()
    {
        await StartAsync();
        var licence = await IssueActiveAsync();
        SignInAsRegulator();
        var dialogs = Render<MudDialogProvider>();
        var page = RenderAsUser<LicencePage>(p => p.Add(c => c.Id, licence.Id));
        page.WaitForElement("[data-testid=act-suspend]");

        var colleague = new Sandbox.Applications.Access.CaseActor("rui", "authority", new HashSet<string>([Sandbox.Domain.Access.SandboxRoles.Regulator]));
        await Get<LicenceActions>().ActAsync(colleague, "Rui", licence.Id, "suspend", "Breach reported by the operator.", null, await LifecycleETagAsync(licence));

        page.Find("[data-testid=act-suspend]").Click();
        dialogs.WaitForElement("[data-testid=action-reason]").Input("Telemetry stopped arriving.");
        dialogs.Find("[data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Contains("changed by someone else — reloaded", page.Find("[data-testid=licence-stale]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Suspended", page.Find("[data-testid=licence-status]").TextContent.Trim());
        var change = Assert.Single(page.FindAll("[data-testid=status-change]"), c => c.TextContent.Contains("Suspended", StringComparison.Ordinal));
        Assert.Contains("Breach reported by the operator.", change.TextContent, StringComparison.Ordinal);
        Assert.Empty(dialogs.FindAll("[data-testid=licence-action-dialog]"));
    }

    [Fact]
    public async Task The_holder_may_ask_for_an_extension_but_sees_why_it_cannot_suspend()
    {
        await StartAsync();
        var licence = await IssueActiveAsync();
        SignInAsHolder();
        var dialogs = Render<MudDialogProvider>();

        var page = RenderAsUser<LicencePage>(p => p.Add(c => c.Id, licence.Id));

        page.WaitForElement("[data-testid=act-suspend]");
        Assert.True(page.Find("[data-testid=act-suspend]").HasAttribute("disabled"));
        Assert.False(string.IsNullOrWhiteSpace(page.Find("[data-testid=unmet-suspend]").TextContent));
        Assert.False(page.Find("[data-testid=act-request-extension]").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("[data-testid=unmet-request-extension]"));

        page.Find("[data-testid=act-request-extension]").Click();
        dialogs.WaitForElement("[data-testid=action-reason]").Input("The field trial slipped by two months.");
        dialogs.Find("[data-testid=confirm-action]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Name the new end date", dialogs.Find("[data-testid=extension-date]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.Equal(LicenceDisplay.Day(licence.SunsetAt), dialogs.Find("[data-testid=extension-sunset]").TextContent.Trim());
    }

    [Fact]
    public async Task An_extension_request_names_its_end_date_and_a_date_past_the_rule_is_refused_beside_the_date()
    {
        await StartAsync();
        var licence = await IssueActiveAsync();
        SignInAsHolder();
        var dialogs = Render<MudDialogProvider>();
        var page = RenderAsUser<LicencePage>(p => p.Add(c => c.Id, licence.Id));

        page.WaitForElement("[data-testid=act-request-extension]").Click();
        dialogs.WaitForElement("[data-testid=action-reason]").Input("The field trial slipped by two months.");
        var picker = dialogs.FindComponent<MudDatePicker>();
        await picker.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(licence.ValidTo.UtcDateTime.Date.AddDays(400)));
        dialogs.Find("[data-testid=confirm-action]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("adds at most 365 days", dialogs.Find("[data-testid=extension-date]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));

        await picker.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(licence.ValidTo.UtcDateTime.Date.AddDays(60)));
        dialogs.Find("[data-testid=confirm-action]").Click();

        page.WaitForAssertion(() => Assert.Contains("Extension requested", page.Find("[data-testid=licence-state]").TextContent, StringComparison.Ordinal));
        var lifecycle = (await Engine.GetAsync(Sandbox.Licensing.Cases.CaseDefinitions.LifecycleInstanceId(licence.Id)))!.Value;
        Assert.Equal("extension-review", lifecycle.State);
        Assert.Equal(licence.ValidTo.AddDays(60), DateTimeOffset.Parse(lifecycle.Data["requestedValidTo"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Text(IRenderedComponent<LicencePage> page, string testId) => page.Find($"[data-testid={testId}]").TextContent.Trim();

    [Fact]
    public async Task An_ended_licence_leads_to_its_exit_report_and_a_running_one_does_not()
    {
        await StartAsync();
        var licence = await IssueActiveAsync();
        SignInAsHolder();
        var running = RenderAsUser<LicencePage>(p => p.Add(c => c.Id, licence.Id));
        running.WaitForElement("[data-testid=licence]");
        Assert.Empty(running.FindAll("[data-testid=licence-exit-report]"));

        await Get<LicenceActions>().ActAsync(Regulator, RegulatorName, licence.Id, "revoke", "Conditions breached.", null, await LifecycleETagAsync(licence));
        await AdvanceAsync(TimeSpan.Zero);
        var ended = RenderAsUser<LicencePage>(p => p.Add(c => c.Id, licence.Id));

        ended.WaitForElement("[data-testid=licence-exit-report]");
        Assert.Equal($"/licences/{licence.Id}/exit-report", ended.Find("[data-testid=licence-exit-report]").GetAttribute("href"));
    }
}
