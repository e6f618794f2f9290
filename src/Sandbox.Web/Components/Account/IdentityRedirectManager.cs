using Microsoft.AspNetCore.Components;

namespace Sandbox.Web.Components.Account;

/// <summary>Redirects from statically rendered account pages, refusing open redirects to other sites.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigation)
{
    public const string StatusCookieName = "sandbox.status";

    private static readonly CookieBuilder StatusCookie = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    /// <summary>Goes to <paramref name="uri"/> if it is local to this app, else to the home page.</summary>
    public void RedirectTo(string? uri) => navigation.NavigateTo(LocalOrHome(uri));

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var path = navigation.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        RedirectTo(navigation.ToBaseRelativePath(navigation.GetUriWithQueryParameters(path, queryParameters)));
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookie.Build(context));
        RedirectTo(uri);
    }

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context) =>
        RedirectToWithStatus(navigation.ToBaseRelativePath(navigation.ToAbsoluteUri(navigation.Uri).GetLeftPart(UriPartial.Path)), message, context);

    /// <summary>Only relative paths within this app; "//host" and absolute URLs become the home page.</summary>
    public static string LocalOrHome(string? uri)
    {
        if (string.IsNullOrWhiteSpace(uri) || uri.StartsWith("//", StringComparison.Ordinal) || uri.StartsWith("/\\", StringComparison.Ordinal)
            || !Uri.IsWellFormedUriString(uri, UriKind.Relative))
        {
            return "/";
        }

        return uri.StartsWith('/') ? uri : "/" + uri;
    }
}
