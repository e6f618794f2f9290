using Sandbox.Applications.Classification;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Screening;

namespace Sandbox.Licensing.Exchange;

/// <summary>What every exported record says about an application's transaction: its control-list codes and destination.</summary>
public sealed class TransactionFacts(ClassificationCatalogue catalogue)
{
    /// <summary>
    /// Allies know control-list codes (EU Annex I, ECCN), not this catalogue's categories: a category counts as each
    /// code it cross-references, as in the "no undercut" check. Catch-all categories reference none.
    /// </summary>
    public async Task<IReadOnlyList<string>> ControlListCodesAsync(ApplicationContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var entries = (await catalogue.InForceAsync(cancellationToken)).Entries;
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var category in Categories(content))
        {
            var references = entries.FirstOrDefault(e => e.Code == category)?.CrossReferences;
            foreach (var candidate in new[] { category, references?.EuAnnexI, references?.UsEccn })
            {
                if (ClassificationCodes.TryNormalize(candidate, out var code))
                {
                    codes.Add(code);
                }
            }
        }

        return [.. codes];
    }

    /// <summary>The catalogue categories of the application's technology items, distinct and sorted.</summary>
    public static IReadOnlyList<string> Categories(ApplicationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return [.. content.TechnologyItems.Select(t => t.ClassificationCode?.Trim()).OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The country the technology goes to: the first end user's, ultimate end user's or consignee's, else <paramref name="fallback"/>.</summary>
    public static string DestinationOf(ApplicationContent content, string fallback)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Parties.Where(p => p.Role is PartyRole.EndUser or PartyRole.UltimateEndUser or PartyRole.Consignee)
            .Select(p => p.Country?.ToUpperInvariant()).OfType<string>().FirstOrDefault() ?? fallback;
    }
}
