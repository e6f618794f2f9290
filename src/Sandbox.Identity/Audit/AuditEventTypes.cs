namespace Sandbox.Identity.Audit;

/// <summary>The kinds of audited events, named once.</summary>
public static class AuditEventTypes
{
    public const string SignInSucceeded = "identity.sign-in.succeeded";
    public const string SignInFailed = "identity.sign-in.failed";
    public const string LockedOut = "identity.locked-out";
    public const string AccountRegistered = "identity.account.registered";
    public const string PasswordChanged = "identity.password.changed";
    public const string TwoFactorChanged = "identity.two-factor.changed";
    public const string TokenIssued = "oauth.token.issued";
    public const string TokenRevoked = "oauth.token.revoked";
    public const string ClientRegistered = "oauth.client.registered";
    public const string ClientDisabled = "oauth.client.disabled";
    public const string OrganizationRegistered = "organization.registered";
    public const string OrganizationVerified = "organization.verified";
}
