using Sandbox.Identity.OAuth;
using Sandbox.Web.Tests.Account;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>The user agent's part of an authorization request: sign in when asked, consent when asked.</summary>
public static class OAuthBrowser
{
    /// <summary>Opens <paramref name="authorizeUrl"/> signed out and returns where the server finally sends the browser.</summary>
    public static async Task<Uri> SignInAndConsentAsync(BrowserSession session, string authorizeUrl, string email)
    {
        ArgumentNullException.ThrowIfNull(session);
        var response = await session.GetAsync(authorizeUrl);
        Assert.Equal("/Account/Login", response.RedirectPath);
        var signedIn = await session.SignInAsync(email, path: response.Location!.PathAndQuery);
        response = await session.FollowAsync(signedIn);
        if (response.RedirectPath == AuthorizeEndpoint.ConsentPagePath)
        {
            var consent = await session.FollowAsync(response);
            response = await session.SubmitToAsync(consent, "/connect/authorize", (AuthorizeEndpoint.ConsentField, "accept"));
        }

        return response.Location ?? throw new InvalidOperationException($"The authorization ended on a page: {response.Summary()}");
    }
}
