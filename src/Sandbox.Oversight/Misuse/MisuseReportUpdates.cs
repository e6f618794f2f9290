using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Oversight.Misuse;

/// <summary>Changes a report with its ETag, reading again when another writer came first; changes must be safe to apply twice.</summary>
public sealed class MisuseReportUpdates(DocumentSet<MisuseReport> reports)
{
    public async Task<MisuseReport> UpdateAsync(string id, Func<MisuseReport, MisuseReport> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var current = await reports.ReadAsync(id, id, cancellationToken) ?? throw new MisuseReportNotFoundException(id);
            var changed = change(current.Value);
            if (changed == current.Value)
            {
                return changed;
            }

            try
            {
                return (await reports.ReplaceAsync(changed, current.ETag, cancellationToken: cancellationToken)).Value;
            }
            catch (DocumentConcurrencyException) when (attempt < 10)
            {
                // Read again and reapply.
            }
        }
    }
}
