using Sandbox.Domain.Organizations;
using Sandbox.Identity.OAuth;
using Sandbox.Identity.Organizations;
using Sandbox.Licensing.Licences;
using Sandbox.Provisioning.Environments;

namespace Sandbox.Provisioning.Gateway;

/// <summary>
/// Tokens for a sandbox: only while its licence is in force and the sandbox is open, never past the licence's end,
/// bound to that sandbox (<c>sandbox_id</c>) and saying where the caller is (<c>region</c>). A user token is issued
/// only to a researcher the sandbox names; scopes of another sandbox are refused.
/// </summary>
public sealed class SandboxTokenPolicy(SandboxEnvironments environments, LicenceRegistry licences, OrganizationDirectory organizations, TimeProvider time) : ITokenGrantPolicy
{
    public async Task<TokenGrant> DecideAsync(TokenGrantRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clientSandbox = SandboxIds.SandboxOfClient(request.ClientId);
        var scopeSandboxes = request.Scopes.Select(SandboxIds.SandboxOfScope).Where(s => s is not null).Distinct(StringComparer.Ordinal).ToList();
        if (clientSandbox is null && scopeSandboxes.Count == 0)
        {
            return TokenGrant.Unrestricted;
        }

        if (clientSandbox is null || scopeSandboxes.Any(s => s != clientSandbox))
        {
            return TokenGrant.Refused("Sandbox scopes are issued only to that sandbox's own clients.");
        }

        if (await environments.GetAsync(clientSandbox, cancellationToken) is not { } found)
        {
            return TokenGrant.Refused("The sandbox does not exist.");
        }

        var environment = found.Value;
        var licence = (await licences.GetAsync(environment.LicenceId, cancellationToken))?.Value;
        if (licence is null || !licence.IsInForceAt(time.GetUtcNow()))
        {
            return TokenGrant.Refused($"Licence {environment.LicenceReference} is not in force ({licence?.Status.ToString() ?? "missing"}).");
        }

        if (environment.Status != SandboxStatus.Ready || !environment.ClientsEnabled)
        {
            return TokenGrant.Refused($"Sandbox {environment.Id} is {environment.Status}.");
        }

        string? country;
        if (request.UserId is { } user)
        {
            if (!environment.NamedResearchers.Contains(user, StringComparer.Ordinal) || request.OrganizationId != environment.HolderOrganizationId)
            {
                return TokenGrant.Refused($"The licence {environment.LicenceReference} does not name you as a researcher of this sandbox.");
            }

            country = request.OrganizationCountry;
        }
        else
        {
            country = (await organizations.GetAsync(environment.HolderOrganizationId, cancellationToken))?.Value.Country;
        }

        var claims = new Dictionary<string, string> { [GatewayCaller.SandboxIdClaim] = environment.Id };
        if (country is not null)
        {
            claims[GatewayCaller.RegionClaim] = DataRegions.Of(country);
        }

        return new TokenGrant(true, null, licence.ValidTo, claims);
    }
}
