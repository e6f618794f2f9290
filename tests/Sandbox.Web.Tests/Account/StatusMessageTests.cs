using Bunit;
using Microsoft.AspNetCore.Http;
using Sandbox.Web.Components.Account;
using Sandbox.Web.Tests.Components;

namespace Sandbox.Web.Tests.Account;

public sealed class StatusMessageTests : ComponentTestContext
{
    [Fact]
    public void A_message_carried_by_a_redirect_shows_once_and_its_cookie_is_deleted()
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Cookie = $"{IdentityRedirectManager.StatusCookieName}={Uri.EscapeDataString(StatusMessages.Warning("Set it up now."))}";

        var message = Render<StatusMessage>(p => p.AddCascadingValue(http));

        var alert = message.Find("[data-testid=status-message]");
        Assert.Equal("Set it up now.", alert.TextContent.Trim());
        Assert.Contains("mud-alert-text-warning", alert.ClassName, StringComparison.Ordinal);
        Assert.Contains(http.Response.Headers.SetCookie, c => c!.StartsWith(IdentityRedirectManager.StatusCookieName + "=;", StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_message_wins_and_errors_show_as_errors_without_their_prefix()
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Cookie = $"{IdentityRedirectManager.StatusCookieName}=older";

        var message = Render<StatusMessage>(p => p.Add(m => m.Message, StatusMessages.Error("Wrong code.")).AddCascadingValue(http));

        var alert = message.Find("[data-testid=status-message]");
        Assert.Equal("Wrong code.", alert.TextContent.Trim());
        Assert.Contains("mud-alert-text-error", alert.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_message_nothing_shows()
    {
        var message = Render<StatusMessage>(p => p.AddCascadingValue(new DefaultHttpContext()));

        Assert.Empty(message.FindAll("[data-testid=status-message]"));
    }

    [Theory]
    [InlineData("Error: No.", "Error", "No.")]
    [InlineData("Warning: Careful.", "Warning", "Careful.")]
    [InlineData("Saved.", "Success", "Saved.")]
    [InlineData("Errors happen.", "Success", "Errors happen.")]
    public void The_severity_of_a_status_message_is_its_prefix(string text, string severity, string shown)
    {
        var (parsed, rest) = StatusMessages.Parse(text);

        Assert.Equal((severity, shown), (parsed.ToString(), rest));
    }
}
