using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Sandbox.Identity;
using Sandbox.Identity.Access;
using Sandbox.Identity.Clients;
using Sandbox.Identity.OAuth;
using Sandbox.Web.Components.Account;

namespace Sandbox.Web.Hosting;

public static class AccountsRegistration
{
    /// <summary>Accounts on the document store, the Identity cookie for people, and the named policies.</summary>
    public static IHostApplicationBuilder AddSandboxAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSandboxIdentityCore();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddSandboxApiScheme()
            .AddIdentityCookies();
        services.AddSandboxOAuthServer(builder.Configuration);
        services.AddScoped<ClientRegistry>();
        var development = builder.Environment.IsDevelopment();
        services.ConfigureApplicationCookie(options =>
        {
            ConfigureCookie(options);
            // Plain HTTP is for loopback development only; anywhere else the cookie never travels unencrypted.
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(5);
            // The refreshed principal comes from the claims factory, which cannot know the second factor was used.
            options.OnRefreshingPrincipal = context =>
            {
                var methods = context.CurrentPrincipal?.FindAll(SandboxClaimTypes.AuthenticationMethod).ToArray() ?? [];
                if (methods.Length > 0 && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    identity.AddClaims(methods.Select(m => new System.Security.Claims.Claim(m.Type, m.Value)));
                }

                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(options =>
        {
            options.AddSandboxPolicies();
            options.AddSandboxApiPolicies();
        });
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddScoped<IdentityRedirectManager>();
        return builder;
    }

    private static void ConfigureCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options)
    {
        options.LoginPath = "/Account/Login";
        options.LogoutPath = "/Account/Logout";
        options.AccessDeniedPath = "/Account/AccessDenied";
        options.Cookie.Name = "sandbox.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;

        // API clients get status codes, not the login page.
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (ApiProblemDetails.IsApiRequest(context.HttpContext))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
