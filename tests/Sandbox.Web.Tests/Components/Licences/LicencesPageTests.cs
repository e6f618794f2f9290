using Bunit;
using MudBlazor;
using Sandbox.Domain.Licensing;
using Sandbox.Web.Components.Pages.Licences;

namespace Sandbox.Web.Tests.Components.Licences;

public sealed class LicencesPageTests : LicensingComponentTest
{
    [Fact]
    public async Task A_holder_sees_only_its_own_organizations_licences_and_a_regulator_sees_every_one()
    {
        await StartAsync();
        var own = await IssueAsync();
        var others = await IssueAsync(Outsider);
        SignInAsHolder();

        var page = RenderAsUser<LicencesPage>();

        page.WaitForElement($"[data-testid=licence-link-{own.Reference}]");
        var link = page.Find($"[data-testid=licence-link-{own.Reference}]");
        Assert.Equal($"/licences/{own.Id}", link.GetAttribute("href"));
        Assert.Empty(page.FindAll($"[data-testid=licence-link-{others.Reference}]"));
        var row = link.Closest("tr")!;
        Assert.Contains("TU Example", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Full", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Issued", row.QuerySelector("[data-testid=licence-status]")!.TextContent.Trim());
        Assert.Equal("114", row.QuerySelector("[data-testid=licence-days-left]")!.TextContent.Trim()); // 14 days to the start, then 100

        SignInAsRegulator();
        var all = RenderAsUser<LicencesPage>();

        all.WaitForElement($"[data-testid=licence-link-{others.Reference}]");
        Assert.Single(all.FindAll($"[data-testid=licence-link-{own.Reference}]"));
    }

    [Fact]
    public async Task The_status_filter_keeps_the_licences_of_that_status()
    {
        await StartAsync();
        var active = await IssueActiveAsync();
        var issued = await IssueAsync(Outsider);
        SignInAsRegulator();
        var page = RenderAsUser<LicencesPage>();
        page.WaitForElement($"[data-testid=licence-link-{issued.Reference}]");
        var filter = page.FindComponent<MudSelect<LicenceStatus?>>();

        await filter.InvokeAsync(() => filter.Instance.ValueChanged.InvokeAsync(LicenceStatus.Active));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid^=licence-link-]")));
        Assert.NotNull(page.Find($"[data-testid=licence-link-{active.Reference}]"));

        await filter.InvokeAsync(() => filter.Instance.ValueChanged.InvokeAsync(LicenceStatus.Suspended));

        page.WaitForAssertion(() => Assert.Contains("No licence is Suspended", page.Find("[data-testid=no-licences]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_organization_without_licences_is_told_so()
    {
        await StartAsync();
        await IssueAsync();
        SignInAsOutsider();

        var page = RenderAsUser<LicencesPage>();

        page.WaitForAssertion(() => Assert.Contains("holds no licence yet", page.Find("[data-testid=no-licences]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid^=licence-link-]"));
    }
}
