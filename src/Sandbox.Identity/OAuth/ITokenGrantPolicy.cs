namespace Sandbox.Identity.OAuth;

/// <summary>
/// A feature's say over the access tokens this server issues: whether a token may be issued for the scopes asked,
/// until when at the latest, and which claims it carries. Every registered policy is asked; the first refusal wins
/// and the earliest end applies. The sandbox gateway uses this so that a token never outlives its licence.
/// </summary>
public interface ITokenGrantPolicy
{
    Task<TokenGrant> DecideAsync(TokenGrantRequest request, CancellationToken cancellationToken);
}

/// <summary>What the token endpoint is about to issue: for a client acting for itself, or for a user through a client.</summary>
/// <param name="OrganizationCountry">The user's organization country, when a user is signed in.</param>
public sealed record TokenGrantRequest(
    string ClientId,
    string? UserId,
    string? OrganizationId,
    string? OrganizationCountry,
    IReadOnlyCollection<string> Scopes);

/// <param name="NotAfter">The token must have ended by then (null: no limit from this policy).</param>
/// <param name="Claims">Claims to add to the access token.</param>
public sealed record TokenGrant(bool Allowed, string? Refusal, DateTimeOffset? NotAfter, IReadOnlyDictionary<string, string> Claims)
{
    public static TokenGrant Unrestricted { get; } = new(true, null, null, new Dictionary<string, string>());

    public static TokenGrant Refused(string why) => new(false, why, null, new Dictionary<string, string>());
}
