using Bunit;
using Sandbox.Web.Components.Layout;
using Sandbox.Web.Navigation;

namespace Sandbox.Web.Tests.Components;

public sealed class NavMenuTests : ComponentTestContext
{
    [Fact]
    public void Visitors_see_the_general_entries_and_no_empty_role_groups()
    {
        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(NavigationCatalog.Entries.Where(e => e.Audiences.Count == 0).Select(e => e.Href), links);
        var headings = menu.FindAll("[role=heading]").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal([NavigationCatalog.General], headings);
    }

    [Fact]
    public void Entries_for_a_role_are_hidden_from_everyone_else()
    {
        var inbox = new NavigationEntry("Inbox", "/inbox", "", "Regulators", ["Regulator", "SeniorRegulator"]);
        var catalog = NavigationCatalog.Entries.Append(inbox).ToList();

        Assert.Contains(inbox, NavigationCatalog.VisibleTo(catalog, ["SeniorRegulator"]));
        Assert.DoesNotContain(inbox, NavigationCatalog.VisibleTo(catalog, ["Applicant"]));
        Assert.DoesNotContain(inbox, NavigationCatalog.VisibleTo(catalog, []));
        Assert.Equal(NavigationCatalog.Entries.Count(e => e.Audiences.Count == 0), NavigationCatalog.VisibleTo(catalog, []).Count());
        Assert.Contains(NavigationCatalog.VisibleTo(["Administrator"]), e => e.Href == "/admin/clients");
    }
}
