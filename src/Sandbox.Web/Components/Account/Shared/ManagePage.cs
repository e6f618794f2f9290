using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Sandbox.Domain.Access;
using Sandbox.Identity.Audit;
using Sandbox.Identity.Users;

namespace Sandbox.Web.Components.Account;

/// <summary>What every account-management page needs: the signed-in user, redirects and the audit of its changes.</summary>
public abstract class ManagePage : ComponentBase
{
    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected UserManager<SandboxUser> UserManager { get; set; } = default!;

    [Inject]
    protected SignInManager<SandboxUser> SignInManager { get; set; } = default!;

    [Inject]
    protected AuditLog Audit { get; set; } = default!;

    [Inject]
    private protected IdentityRedirectManager RedirectManager { get; set; } = default!;

    /// <summary>The signed-in user's account; null, after a redirect to the sign-in page, when it no longer exists.</summary>
    protected async Task<SandboxUser?> LoadUserAsync()
    {
        var user = await UserManager.GetUserAsync(HttpContext.User);
        if (user is null)
        {
            RedirectManager.RedirectToWithStatus("Account/Login", StatusMessages.Error("Your account could not be loaded. Sign in again."), HttpContext);
        }

        return user;
    }

    protected async Task<bool> RolesRequireTwoFactorAsync(SandboxUser user) =>
        SandboxRoles.RequiresTwoFactor(await UserManager.GetRolesAsync(user));

    protected Task AuditTwoFactorAsync(SandboxUser user, string change, AuditOutcome outcome = AuditOutcome.Succeeded)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Audit.AppendAsync(AuditEventTypes.TwoFactorChanged, user.Id, user.Id, outcome, new Dictionary<string, string> { ["change"] = change });
    }
}
