using System.Security.Claims;
using OpenIddict.Abstractions;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Access;
using Sandbox.Identity.OAuth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Provisioning.Gateway;

/// <summary>
/// Who is calling the gateway: a token (a sandbox's service client, or a named researcher through its notebook client)
/// or a researcher signed in to the app. <see cref="Region"/> is where the caller is, for data localization.
/// </summary>
/// <param name="OrganizationId">The person's organization (null for a client acting for itself).</param>
public sealed record GatewayCaller(
    string Subject, string? ClientId, bool ViaToken, bool IsClient, IReadOnlySet<string> Scopes, string? Region, string? SandboxClaim, string? OrganizationId = null)
{
    /// <summary>The claim the token policy puts in sandbox tokens: where the caller is (<see cref="DataRegions"/>).</summary>
    public const string RegionClaim = "region";

    /// <summary>The claim binding a token to one sandbox.</summary>
    public const string SandboxIdClaim = "sandbox_id";

    public static GatewayCaller FromPrincipal(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var subject = principal.GetClaim(Claims.Subject) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
        if (ApiAccess.IsCookieUser(principal))
        {
            return InPerson(principal);
        }

        var isClient = principal.HasClaim(OAuthPrincipals.ClientTokenClaim, "true");
        var clientId = principal.GetPresenters().FirstOrDefault() ?? principal.GetClaim(Claims.ClientId) ?? (isClient ? subject : null);
        return new GatewayCaller(subject, clientId, true, isClient, principal.GetScopes().ToHashSet(StringComparer.Ordinal),
            principal.GetClaim(RegionClaim), principal.GetClaim(SandboxIdClaim), isClient ? null : principal.GetClaim(SandboxClaimTypes.OrganizationId));
    }

    /// <summary>A person signed in to the app (the UI's circuit, or the API with the cookie); where they are comes from their organization.</summary>
    public static GatewayCaller InPerson(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var subject = principal.GetClaim(Claims.Subject) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
        var country = principal.FindFirstValue(SandboxClaimTypes.OrganizationCountry);
        return new GatewayCaller(subject, null, false, false, new HashSet<string>(), country is null ? null : DataRegions.Of(country), null,
            principal.FindFirstValue(SandboxClaimTypes.OrganizationId));
    }

    /// <summary>Who the audit log names: the client, or the person (and through which client).</summary>
    public string AuditActor => IsClient || ClientId is null ? Subject : $"{Subject} via {ClientId}";
}
