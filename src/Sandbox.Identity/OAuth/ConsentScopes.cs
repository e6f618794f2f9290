using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.OAuth;

/// <summary>What each scope lets an application do, in words a person can judge.</summary>
public static class ConsentScopes
{
    public static string Describe(string scope) => scope switch
    {
        Scopes.OpenId => "confirm who you are",
        Scopes.Profile => "see your name and user name",
        Scopes.Email => "see your e-mail address",
        Scopes.Roles => "see your roles in Sandbox",
        Scopes.OfflineAccess => "keep access while you are away, until you sign out or it is revoked",
        OAuthScopes.Api => "use the Sandbox API as you",
        OAuthScopes.Admin => "register and disable OAuth clients",
        OAuthScopes.AlliedExchange => "exchange anonymized denials, suspensions and revocations with this authority (export and import)",
        _ when scope.Split(':') is ["sandbox", var sandbox, var operation] =>
            $"{(operation == "query" ? "query the synthetic data" : operation == "export-request" ? "request exports of results" : operation)} of sandbox {sandbox} as you, only while its licence is in force",
        _ => "a permission this server does not describe",
    };
}
