using Bunit;
using Sandbox.Applications.Intake;
using Sandbox.Web.Components.Pages.Cases;

namespace Sandbox.Web.Tests.Components.Applications;

public sealed class CasePageTests : ApplicationsComponentTest
{
    [Fact]
    public async Task The_case_shows_every_risk_factor_with_its_explanation_the_score_and_the_notes()
    {
        await StartAsync();
        var submitted = await SubmitAsync(Complete);
        await Get<CaseNotes>().AddAsync(Regulator, "Rui Regulator", submitted.Value.Id, "Asked the station operator for the retention policy.");
        SignInAsRegulator();

        var page = RenderAsUser<CasePage>(p => p.Add(c => c.Id, submitted.Value.Id));

        page.WaitForElement("[data-testid=risk-factors]");
        var assessment = submitted.Value.Assessment!;
        Assert.NotEmpty(assessment.Factors);
        foreach (var factor in assessment.Factors)
        {
            var row = page.Find($"[data-testid='risk-factor-{factor.Code}']");
            Assert.Contains(factor.Explanation, row.TextContent, StringComparison.Ordinal);
            Assert.Contains(factor.Label, row.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(assessment.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("[data-testid=risk-score]").TextContent.Trim());
        Assert.Equal(assessment.TierReason, page.Find("[data-testid=risk-tier-reason]").TextContent.Trim());
        Assert.Equal(submitted.Value.Reference, page.Find("[data-testid=case-reference]").TextContent.Trim());
        Assert.Equal(Complete.Parties.Count + 1, page.FindAll("[data-testid^=screening-party-]").Count); // the parties and the applicant organization
        var note = Assert.Single(page.FindAll("[data-testid=case-note]"));
        Assert.Contains("Asked the station operator for the retention policy.", note.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regulator_adds_a_note_and_it_joins_the_thread()
    {
        await StartAsync();
        var submitted = await SubmitAsync(Complete);
        SignInAsRegulator();

        var page = RenderAsUser<CasePage>(p => p.Add(c => c.Id, submitted.Value.Id));
        page.WaitForElement("[data-testid=note-text]").Input("Screening is clear; tier looks right.");
        page.Find("[data-testid=add-note]").Click();

        page.WaitForAssertion(() => Assert.Contains("Screening is clear; tier looks right.", Assert.Single(page.FindAll("[data-testid=case-note]")).TextContent, StringComparison.Ordinal));
        var stored = Assert.Single(await Get<CaseNotes>().ListAsync(Regulator, submitted.Value.Id));
        Assert.Equal("Rui Regulator", stored.AuthorName);
    }
}
