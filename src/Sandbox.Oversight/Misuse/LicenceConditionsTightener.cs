using Sandbox.Domain.Licensing;
using Sandbox.Identity.Audit;
using Sandbox.Provisioning.Environments;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Oversight.Misuse;

/// <summary>
/// Makes a licence, and the sandbox that enforces it, at least as strict as the added conditions: each becomes the
/// stricter of what it had and what was added, so the gateway applies them from its next request.
/// </summary>
public sealed class LicenceConditionsTightener(DocumentSet<PilotLicence> licences, DocumentSet<SandboxEnvironment> environments, AuditLog audit)
{
    public const string TightenedEvent = "licence.conditions-added";

    public async Task TightenAsync(string licenceId, LicenceConditions added, string actorId, string because, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(added);
        var licence = await UpdateAsync(licences, licenceId, licenceId, l => l with { Conditions = LicenceConditions.Strictest(l.Conditions, added) }, l => l.Conditions, cancellationToken);
        if (licence is null)
        {
            return;
        }

        var sandboxId = SandboxIds.ForLicence(licence.Reference);
        await UpdateAsync(environments, sandboxId, sandboxId, e => e with { Conditions = LicenceConditions.Strictest(e.Conditions, added) }, e => e.Conditions, cancellationToken);
        await audit.AppendAsync(TightenedEvent, actorId, licence.Reference, AuditOutcome.Succeeded, new Dictionary<string, string> { ["because"] = because }, cancellationToken);
    }

    private static async Task<T?> UpdateAsync<T>(
        DocumentSet<T> set, string partitionKey, string id, Func<T, T> change, Func<T, LicenceConditions> conditionsOf, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await set.ReadAsync(partitionKey, id, cancellationToken);
            if (current is null)
            {
                return null;
            }

            var changed = change(current.Value);
            if (conditionsOf(changed).Equals(conditionsOf(current.Value)))
            {
                return current.Value;
            }

            try
            {
                return (await set.ReplaceAsync(changed, current.ETag, cancellationToken: cancellationToken)).Value;
            }
            catch (DocumentConcurrencyException) when (attempt < 10)
            {
                // Another writer came first: read again and tighten what it wrote.
            }
        }
    }
}
