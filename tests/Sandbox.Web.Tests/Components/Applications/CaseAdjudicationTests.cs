using Bunit;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Screening;
using Sandbox.Web.Components.Pages.Cases;

namespace Sandbox.Web.Tests.Components.Applications;

public sealed class CaseAdjudicationTests : ApplicationsComponentTest
{
    private const string EntryId = "40001";

    [Fact]
    public async Task Adjudicating_a_hit_as_a_false_positive_shows_the_remembered_decision_and_clears_the_screening_chip()
    {
        await StartAsync();
        await ImportSdnAsync(SdnCsv(
            (EntryId, "RAIL STATION OPERATIONS BV", "-0- ", "SDGT", "a.k.a. 'RSO TRADING'; nationality Netherlands."),
            ("40002", "ZEPHYRA NORTHWIND TRADING LLC", "-0- ", "RUSSIA-EO14024", "nationality Russia.")));
        var submitted = await SubmitAsync(Complete);
        Assert.Equal(ScreeningStatus.PendingAdjudication, submitted.Value.ScreeningStatus);
        SignInAsRegulator();

        var page = RenderAsUser<CasePage>(p => p.Add(c => c.Id, submitted.Value.Id));

        var state = page.WaitForElement($"[data-testid=adjudication-state-0-{EntryId}]");
        Assert.Equal(nameof(AdjudicationState.None), state.GetAttribute("data-state"));
        Assert.Contains("RSO TRADING", page.Find($"[data-testid=hit-aliases-0-{EntryId}]").TextContent, StringComparison.Ordinal);
        Assert.Contains("SDGT", page.Find($"[data-testid=hit-programs-0-{EntryId}]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2 entries", page.Find($"[data-testid=screened-list-{ScreeningLists.OfacSdn}]").TextContent, StringComparison.Ordinal);
        Assert.Contains("not imported", page.Find($"[data-testid=screened-list-{ScreeningLists.AlliedDenials}]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Pending adjudication", page.Find("[data-testid=screening-chip]").TextContent, StringComparison.Ordinal);

        page.Find($"[data-testid=adjudicate-0-{EntryId}-false]").Click();
        var reason = page.WaitForElement($"[data-testid=adjudication-reason-0-{EntryId}]");
        Assert.Contains("Say why", reason.Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);

        reason.Input("Different company: the listed one is registered in Curaçao, ours at the Dutch chamber of commerce.");
        page.Find($"[data-testid=adjudicate-0-{EntryId}-false]").Click();

        page.WaitForAssertion(() => Assert.Equal(nameof(AdjudicationState.Remembered),
            page.Find($"[data-testid=adjudication-state-0-{EntryId}]").GetAttribute("data-state")));
        var remembered = page.Find($"[data-testid=adjudication-state-0-{EntryId}]").TextContent;
        Assert.Contains("False positive", remembered, StringComparison.Ordinal);
        Assert.Contains("regulator-1", remembered, StringComparison.Ordinal);
        Assert.Contains("Dutch chamber of commerce", remembered, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Contains("Clear", page.Find("[data-testid=screening-chip]").TextContent, StringComparison.Ordinal));
        var stored = await Applications.GetAsync(Regulator, submitted.Value.Id);
        Assert.Equal(ScreeningStatus.Clear, stored.Value.ScreeningStatus);
        Assert.Equal(stored.Value.Assessment!.TierReason, page.Find("[data-testid=risk-tier-reason]").TextContent.Trim());
    }

    [Fact]
    public async Task Lists_that_were_never_imported_read_not_imported_and_no_hits_is_not_called_clear()
    {
        await StartAsync();
        var submitted = await SubmitAsync(Complete);
        SignInAsRegulator();

        var page = RenderAsUser<CasePage>(p => p.Add(c => c.Id, submitted.Value.Id));

        page.WaitForElement("[data-testid=screened-lists]");
        Assert.Contains("not imported", page.Find($"[data-testid=screened-list-{ScreeningLists.OfacSdn}]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=list-not-imported]"));
        Assert.Contains("on the imported lists", page.Find("[data-testid=no-hits-0]").TextContent, StringComparison.Ordinal);
    }
}
