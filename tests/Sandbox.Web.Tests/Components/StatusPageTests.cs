using Bunit;
using Sandbox.Web.Components.Pages;

namespace Sandbox.Web.Tests.Components;

public sealed class StatusPageTests : ComponentTestContext
{
    [Fact]
    public async Task Status_page_names_the_store_and_says_it_answers()
    {
        await InitializeStoreAsync();

        var page = Render<StatusPage>();

        page.WaitForAssertion(() => Assert.Equal("Sqlite", page.Find("[data-testid=store-provider]").TextContent));
        Assert.Contains("Answering", page.Find("[data-testid=store-state]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-12-01 09:30:00 UTC", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_page_says_so_when_the_store_does_not_answer_without_revealing_where_it_is()
    {
        var blocker = Path.Combine(Path.GetTempPath(), "sandbox-bunit", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(blocker)!);
        File.WriteAllText(blocker, "a file where the data folder should be");
        DatabasePath = Path.Combine(blocker, "ui.db");

        var page = Render<StatusPage>();

        page.WaitForAssertion(() => Assert.Contains("Not answering", page.Find("[data-testid=store-state]").TextContent, StringComparison.Ordinal));
        Assert.Contains("The Sqlite store does not answer.", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(blocker, page.Markup, StringComparison.Ordinal);
    }
}
