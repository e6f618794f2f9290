using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Sandbox.Web.Tests.Account;

/// <summary>One response as a browser sees it: status, where a redirect points, and the parsed page.</summary>
public sealed class HtmlPage(Uri address, HttpStatusCode status, Uri? location, IHtmlDocument document)
{
    /// <summary>The address that was requested, which forms without an action post back to.</summary>
    public Uri Address { get; } = address;

    public HttpStatusCode Status { get; } = status;

    /// <summary>The absolute target of a redirect, or null.</summary>
    public Uri? Location { get; } = location;

    public IHtmlDocument Document { get; } = document;

    public string Text => Document.Body?.TextContent ?? string.Empty;

    public bool IsRedirect => Status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect;

    /// <summary>The path of the redirect target, asserting it stays on this site.</summary>
    public string RedirectPath
    {
        get
        {
            Assert.True(IsRedirect, $"Expected a redirect, got {(int)Status} with: {Summary()}");
            Assert.Equal(Address.Authority, Location!.Authority);
            return Location.AbsolutePath;
        }
    }

    public IHtmlFormElement Form(string handler) =>
        Document.Forms.SingleOrDefault(f => f.QuerySelector($"input[name=_handler][value='{handler}']") is not null)
        ?? throw new InvalidOperationException($"No form '{handler}' on {Address}: {Summary()}");

    public IHtmlFormElement FormPostingTo(string action) =>
        Document.Forms.FirstOrDefault(f => f.GetAttribute("action") == action)
        ?? throw new InvalidOperationException($"No form posting to {action} on {Address}.");

    public IReadOnlyList<string> TestIds(string testId) =>
        Document.QuerySelectorAll($"[data-testid='{testId}']").Select(e => e.TextContent.Trim()).ToList();

    public string TestId(string testId) => TestIds(testId) switch
    {
        [var only] => only,
        var found => throw new InvalidOperationException($"Expected one [data-testid={testId}] on {Address}, found {found.Count}: {Summary()}"),
    };

    /// <summary>The value the input named <paramref name="inputName"/> is rendered with ("" when it has none).</summary>
    public string ValueOf(string inputName) =>
        (Document.QuerySelector($"[name='{inputName}']") ?? throw new InvalidOperationException($"No field {inputName} on {Address}.")).GetAttribute("value") ?? string.Empty;

    /// <summary>The validation messages shown beside the input named <paramref name="inputName"/>.</summary>
    public IReadOnlyList<string> MessagesBeside(string inputName)
    {
        var input = Document.QuerySelector($"[name='{inputName}']") ?? throw new InvalidOperationException($"No field {inputName} on {Address}.");
        var field = input.Closest(".account-field") ?? throw new InvalidOperationException($"{inputName} is not inside an account field.");
        return field.QuerySelectorAll(".validation-message").Select(m => m.TextContent.Trim()).ToList();
    }

    /// <summary>What a failed assertion should show: the page's alerts and messages, not its whole markup.</summary>
    public string Summary()
    {
        var notes = Document.QuerySelectorAll(".mud-alert, .validation-message").Select(e => e.TextContent.Trim());
        return $"{Location?.ToString() ?? Document.Title} [{string.Join(" | ", notes)}]";
    }
}
