using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sandbox.Identity.Audit;
using Sandbox.Identity.Users;
using IdentitySignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Sandbox.Identity.Access;

/// <summary>Identity's sign-in manager, recording every sign-in outcome (and lockouts) in the audit log.</summary>
public sealed class AuditingSignInManager(
    UserManager<SandboxUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<SandboxUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<SandboxUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<SandboxUser> confirmation,
    AuditLog audit)
    : SignInManager<SandboxUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<IdentitySignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName) ?? await UserManager.FindByEmailAsync(userName);
        if (user is null)
        {
            // Spend the time a real check would, so response times do not tell which accounts exist.
            UserManager.PasswordHasher.HashPassword(new SandboxUser(), password);
            await RecordAsync(AuditEventTypes.SignInFailed, AuditLog.Anonymous, "password", AuditOutcome.Failed, "unknown account");
            return IdentitySignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<IdentitySignInResult> PasswordSignInAsync(SandboxUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        await RecordAsync(user, "password", result);
        return result;
    }

    public override async Task<IdentitySignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        await RecordAsync(user, "authenticator", result);
        return result;
    }

    public override async Task<IdentitySignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        await RecordAsync(user, "recovery-code", result);
        return result;
    }

    private Task RecordAsync(SandboxUser? user, string method, IdentitySignInResult result)
    {
        var subject = user?.Id ?? AuditLog.Anonymous;
        if (result.RequiresTwoFactor)
        {
            // The password was right; the second-factor step records how the sign-in ends.
            return Task.CompletedTask;
        }

        if (result.IsLockedOut)
        {
            return RecordAsync(AuditEventTypes.LockedOut, subject, method, AuditOutcome.Refused, "locked out");
        }

        return result.Succeeded
            ? RecordAsync(AuditEventTypes.SignInSucceeded, subject, method, AuditOutcome.Succeeded, "signed in")
            : RecordAsync(AuditEventTypes.SignInFailed, subject, method, AuditOutcome.Failed, result.IsNotAllowed ? "not allowed" : "wrong credentials");
    }

    private async Task RecordAsync(string type, string subject, string method, AuditOutcome outcome, string detail)
    {
        var address = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        await audit.AppendAsync(type, subject, subject, outcome, new Dictionary<string, string>
        {
            ["method"] = method,
            ["result"] = detail,
            ["ip"] = address,
        });
    }
}
