using System.Text.Json.Nodes;
using Sandbox.Applications.Classification;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Screening;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Activities;

/// <summary>
/// "No undercut": an allied denial in force for the same classification and destination whose denied party the
/// case's screening matched (a similar end user) must be consulted before approval. Tier 3 cases consult every
/// allied authority on the register as well. Reading only: safe to repeat.
/// </summary>
public sealed class FindAlliedDenialsActivity(AlliedDenialRegistry denials, ClassificationCatalogue catalogue, CaseFiles files) : IWorkflowActivity
{
    public string Name => "find-allied-denials";

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (_, version, _) = await files.LatestAsync(context.Instance.Subject.Id, cancellationToken);
        var screenedDenials = version.Screening.SelectMany(p => p.Hits).Where(h => h.ListId == ScreeningLists.AlliedDenials)
            .Select(h => h.EntryId).ToHashSet(StringComparer.Ordinal);
        var matched = new Dictionary<string, AlliedDenial>(StringComparer.Ordinal);
        foreach (var code in await ControlListCodesAsync(Strings(context.Data[CaseData.ClassificationCodes]), cancellationToken))
        {
            foreach (var destination in Strings(context.Data[CaseData.Destinations]))
            {
                foreach (var denial in await denials.FindInForceAsync(code, destination, cancellationToken))
                {
                    if (screenedDenials.Contains(denial.Id))
                    {
                        matched[denial.Id] = denial;
                    }
                }
            }
        }

        var authorities = await files.AlliedAuthoritiesAsync(cancellationToken);
        var targets = new JsonArray();
        foreach (var denial in matched.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var authority = authorities.FirstOrDefault(a => a.Country == denial.AuthorityCountry);
            targets.Add(Target("denial-" + denial.Id, denial.AuthorityCountry, authority?.Id, denial.AuthorityReference,
                $"Denied {denial.DeniedPartyName} ({denial.PartyCountry}, {denial.ClassificationCode}) on {denial.DeniedOn:yyyy-MM-dd}"));
        }

        if (context.Data[CaseData.Tier]?.GetValue<int>() == 3)
        {
            foreach (var authority in authorities.Where(a => !matched.Values.Any(d => d.AuthorityCountry == a.Country)))
            {
                targets.Add(Target("tier3-" + authority.Id, authority.Country, authority.Id, null, "Tier 3: enhanced joint review consults partner authorities"));
            }
        }

        return new ActivityOutcome(new JsonObject
        {
            [CaseData.ConsultationTargets] = targets,
            [CaseData.ConsultationRequired] = targets.Count > 0,
        });
    }

    /// <summary>
    /// Allies deny under control-list codes (EU Annex I, ECCN, Wassenaar), not under this catalogue's categories: a
    /// category counts as each code it cross-references. Catch-all categories reference none.
    /// </summary>
    private async Task<IReadOnlyList<string>> ControlListCodesAsync(IEnumerable<string> categories, CancellationToken cancellationToken)
    {
        var entries = (await catalogue.InForceAsync(cancellationToken)).Entries;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            var references = entries.FirstOrDefault(e => e.Code == category)?.CrossReferences;
            foreach (var candidate in new[] { category, references?.EuAnnexI, references?.UsEccn, references?.Wassenaar })
            {
                if (ClassificationCodes.TryNormalize(candidate, out var code))
                {
                    codes.Add(code);
                }
            }
        }

        return [.. codes.Order(StringComparer.Ordinal)];
    }

    private static JsonObject Target(string key, string country, string? organizationId, string? reference, string reason) => new()
    {
        ["key"] = key,
        ["country"] = country,
        ["organizationId"] = organizationId,
        ["reference"] = reference,
        ["reason"] = reason,
    };

    internal static IEnumerable<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonValue>().Select(v => v.GetValue<string>()) : [];
}
