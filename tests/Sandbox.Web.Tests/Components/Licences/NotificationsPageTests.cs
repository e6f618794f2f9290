using Bunit;
using Sandbox.Licensing.Licences;
using Sandbox.Web.Components.Pages.Licences;

namespace Sandbox.Web.Tests.Components.Licences;

public sealed class NotificationsPageTests : LicensingComponentTest
{
    [Fact]
    public async Task The_holder_reads_its_messages_newest_first_and_another_organization_reads_none_of_them()
    {
        await StartAsync();
        var licence = await IssueActiveAsync();
        await AdvanceAsync(TimeSpan.FromDays(1));
        await Get<LicenceActions>().ActAsync(Regulator, RegulatorName, licence.Id, "suspend", "Telemetry stopped arriving.", null, await LifecycleETagAsync(licence));
        SignInAsHolder();

        var page = RenderAsUser<NotificationsPage>();

        page.WaitForElement("[data-testid=notification]");
        var subjects = page.FindAll("[data-testid=notification-subject]").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal("Licence suspended", subjects[0]);
        Assert.Contains("Licence issued", subjects);
        Assert.True(subjects.IndexOf("Licence issued") > 0);
        var times = page.FindAll("[data-testid=notification-at]").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(times.OrderByDescending(t => t, StringComparer.Ordinal), times);
        Assert.Contains("Telemetry stopped arriving.", page.FindAll("[data-testid=notification-message]")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/licences/{licence.Id}", page.FindAll("[data-testid=notification-licence]")[0].GetAttribute("href"));

        SignInAsOutsider();
        var other = RenderAsUser<NotificationsPage>();

        other.WaitForElement("[data-testid=no-notifications]");
        Assert.Empty(other.FindAll("[data-testid=notification]"));
    }
}
