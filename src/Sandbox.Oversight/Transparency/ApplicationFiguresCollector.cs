using System.Globalization;
using Sandbox.Applications.Classification;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Oversight.Transparency;

/// <summary>
/// Applications whose first submission falls in the period (a later withdrawal still counts), streamed page by page;
/// categories and tier from the case, destinations from its latest submitted version.
/// </summary>
public sealed class ApplicationFiguresCollector(
    DocumentSet<PilotApplication> applications, DocumentSet<ApplicationVersion> versions, ClassificationCatalogue catalogue)
{
    private static readonly PartyRole[] DestinationRoles = [PartyRole.EndUser, PartyRole.Consignee, PartyRole.UltimateEndUser];

    public async Task<ApplicationFigures> CollectAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var entries = (await catalogue.InForceAsync(cancellationToken)).Entries;
        var categories = new Tally(entries.Select(e => (e.Code, e.Title)));
        var tiers = new Tally(Enumerable.Range(1, 4).Select(t => (Tier(t), string.Create(CultureInfo.InvariantCulture, $"Tier {t}"))));
        var regions = new Tally(DestinationRegions.All);
        var submitted = 0;
        var query = period.Within("submittedAt", 200);
        await foreach (var stored in applications.QueryAllAsync(query, cancellationToken))
        {
            var application = stored.Value;
            submitted++;
            foreach (var code in application.ClassificationCodes)
            {
                categories.Add(code, entries.FirstOrDefault(e => e.Code == code)?.Title ?? code);
            }

            if (application.Tier is { } tier)
            {
                tiers.Add(Tier(tier), string.Create(CultureInfo.InvariantCulture, $"Tier {tier}"));
            }

            foreach (var region in await RegionsAsync(application, cancellationToken))
            {
                regions.Add(region, DestinationRegions.LabelOf(region));
            }
        }

        return new ApplicationFigures(ReportCount.Exact(submitted), categories.ToBreakdown(additive: false), tiers.ToBreakdown(additive: true), regions.ToBreakdown(additive: false));
    }

    private async Task<IReadOnlyCollection<string>> RegionsAsync(PilotApplication application, CancellationToken cancellationToken)
    {
        var version = await versions.ReadAsync(application.Id, ApplicationVersion.IdFor(application.Id, application.VersionCount), cancellationToken);
        var countries = version?.Value.Content.Parties.Where(p => p.Role is { } role && DestinationRoles.Contains(role)).Select(p => p.Country).ToList() ?? [];
        return countries.Count == 0 ? [DestinationRegions.Other] : countries.Select(DestinationRegions.Of).ToHashSet(StringComparer.Ordinal);
    }

    private static string Tier(int tier) => tier.ToString(CultureInfo.InvariantCulture);
}
