using Sandbox.Domain.Licensing;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Licences;
using Sandbox.Provisioning.Environments;

namespace Sandbox.Oversight.Misuse;

/// <summary>
/// Makes a licence, and the sandbox that enforces it, at least as strict as the added conditions: each becomes the
/// stricter of what it had and what was added, so the gateway applies them from its next request.
/// </summary>
public sealed class LicenceConditionsTightener(LicenceRegistry licences, SandboxEnvironments environments, AuditLog audit)
{
    public const string TightenedEvent = "licence.conditions-added";

    public async Task TightenAsync(string licenceId, LicenceConditions added, string actorId, string because, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(added);
        var licence = await licences.ChangeAsync(licenceId,
            l => LicenceConditions.Strictest(l.Conditions, added).Equals(l.Conditions),
            l => l with { Conditions = LicenceConditions.Strictest(l.Conditions, added) }, cancellationToken);
        var sandboxId = SandboxIds.ForLicence(licence.Reference);
        if (await environments.GetAsync(sandboxId, cancellationToken) is not null)
        {
            await environments.ChangeAsync(sandboxId, e => LicenceConditions.Strictest(e.Conditions, added) is var tightened && tightened.Equals(e.Conditions)
                ? null
                : e with { Conditions = tightened }, cancellationToken);
        }

        await audit.AppendAsync(TightenedEvent, actorId, licence.Reference, AuditOutcome.Succeeded, new Dictionary<string, string> { ["because"] = because }, cancellationToken);
    }
}
