using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Web.Components.Account;
using Sandbox.Web.Tests.Components;

namespace Sandbox.Web.Tests.Account;

/// <summary>
/// The authentication state is cascaded as the app's CascadingAuthenticationState does: the shared
/// base builds its services in its constructor, after which bUnit's AddAuthorization() cannot register.
/// </summary>
public sealed class SecondFactorNoticeTests : ComponentTestContext
{
    [Fact]
    public void A_sign_in_with_a_second_factor_says_so()
    {
        var notice = RenderFor(SignedIn(new Claim("role", "Regulator"), new Claim("amr", "mfa")));

        Assert.Equal("This sign-in used your authenticator app.", notice.Find("[data-testid=session-assurance]").TextContent.Trim());
    }

    [Fact]
    public void A_password_only_sign_in_of_a_privileged_role_warns_and_names_the_role()
    {
        var notice = RenderFor(SignedIn(new Claim("role", "Auditor"), new Claim("role", "SeniorRegulator")));

        var warning = notice.Find("[data-testid=session-assurance]");
        Assert.Contains("Your role (SeniorRegulator) requires two-factor sign-in", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-alert-text-warning", warning.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_only_sign_in_of_an_applicant_is_only_information()
    {
        var notice = RenderFor(SignedIn(new Claim("role", "Applicant")));

        var info = notice.Find("[data-testid=session-assurance]");
        Assert.Equal("This sign-in used your password only.", info.TextContent.Trim());
        Assert.Contains("mud-alert-text-info", info.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Visitors_see_no_notice()
    {
        var notice = RenderFor(new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.Empty(notice.FindAll("[data-testid=session-assurance]"));
    }

    private IRenderedComponent<SecondFactorNotice> RenderFor(ClaimsPrincipal user) =>
        Render<SecondFactorNotice>(p => p.AddCascadingValue(Task.FromResult(new AuthenticationState(user))));

    private static ClaimsPrincipal SignedIn(params Claim[] claims) =>
        new(new ClaimsIdentity([new Claim("sub", "user-1"), .. claims], "Identity.Application", "preferred_username", "role"));
}
