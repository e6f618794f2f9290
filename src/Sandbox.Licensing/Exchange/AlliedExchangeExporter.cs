using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Audit;
using Sandbox.Identity.Organizations;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;
using Sandbox.Workflows.Instances;

namespace Sandbox.Licensing.Exchange;

/// <summary>
/// Gathers this instance's refusals (standard cases in <c>refused</c> or <c>refused-final</c>), suspensions and
/// revocations (licences' status history) with every personal detail the anonymizer must remove, adds the records of
/// every <see cref="IExchangeRecordSource"/> (misuse case studies), builds the document
/// (<see cref="AlliedExchangeBuilder"/>, schema-checked) and audits the export.
/// </summary>
public sealed class AlliedExchangeExporter(
    DocumentSet<WorkflowInstance> instances, CaseFiles files, LicenceRegistry licences, OrganizationDirectory organizations,
    TransactionFacts transaction, AlliedExchangeBuilder builder, IEnumerable<IExchangeRecordSource> sources, AuditLog audit,
    IOptions<AlliedExchangeOptions> options, TimeProvider time)
{
    private static readonly string[] _refusedStates = ["refused", "refused-final"];

    /// <param name="version">The format version to write: the newest by default; an ally still on version 1 asks for 1 (no case studies).</param>
    public async Task<AlliedExchangeDocument> ExportAsync(
        DateTimeOffset? since, string exportedBy, int version = AlliedExchangeFormat.Version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exportedBy);
        var issuer = new ExchangeIssuer(options.Value.Authority, options.Value.Country);
        var contributed = new List<ExchangeRecord>();
        foreach (var source in sources)
        {
            contributed.AddRange(await source.RecordsAsync(issuer, since, cancellationToken));
        }

        var document = builder.Build(issuer, time.GetUtcNow(), since, await RefusalsAsync(cancellationToken), await ActionsAsync(cancellationToken), contributed, version);
        await audit.AppendAsync(ExchangeAuditEvents.Export, exportedBy, "allied-exchange", AuditOutcome.Succeeded, new Dictionary<string, string>
        {
            ["version"] = version.ToString(CultureInfo.InvariantCulture),
            ["records"] = document.Records.Count.ToString(CultureInfo.InvariantCulture),
            ["since"] = since?.ToString("O", CultureInfo.InvariantCulture) ?? "",
            ["recordIds"] = string.Join(",", document.Records.Select(r => r.RecordId).Take(50)),
        }, cancellationToken);
        return document;
    }

    private async Task<List<RefusalFacts>> RefusalsAsync(CancellationToken cancellationToken)
    {
        var facts = new List<RefusalFacts>();
        foreach (var state in _refusedStates)
        {
            var query = DocumentQuery.AcrossPartitions()
                .Where(QueryFilter.Equal("definitionId", CaseDefinitions.Standard))
                .Where(QueryFilter.Equal("state", state))
                .Take(DocumentQuery.MaxPageSize);
            await foreach (var instance in instances.QueryAllAsync(query, cancellationToken))
            {
                facts.AddRange(await RefusalAsync(instance.Value, cancellationToken));
            }
        }

        return facts;
    }

    /// <summary>One denial per destination of the refused version, with the parties of that destination.</summary>
    private async Task<IEnumerable<RefusalFacts>> RefusalAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var (application, version, applicant) = await files.LatestAsync(instance.Subject.Id, cancellationToken);
        var decision = instance.Data[CaseData.Decision]?.Deserialize<LicenceDecision>(StorageJson.Options);
        var refused = instance.History.LastOrDefault(h => h.Trigger == "refuse");
        if (decision is null || refused is null)
        {
            return [];
        }

        var content = version.Content;
        var people = new List<string?> { content.Contact?.Name, content.Contact?.Email, content.Contact?.Phone, application.CreatedBy, version.SubmittedBy };
        people.AddRange(instance.History.SelectMany(h => new[] { h.ActorId, h.ActorName }));
        var personal = people.OfType<string>().ToList();
        var codes = await transaction.ControlListCodesAsync(content, cancellationToken);
        var denied = content.Parties.Where(p => p.Role is PartyRole.EndUser or PartyRole.UltimateEndUser or PartyRole.Consignee && p is { Name: not null, Country: not null });
        return denied.GroupBy(p => p.Country!.ToUpperInvariant(), StringComparer.Ordinal).Where(_ => codes.Count > 0).Select(group => new RefusalFacts(
            string.Create(CultureInfo.InvariantCulture, $"{application.Reference}.v{version.Number}.{group.Key}"),
            applicant,
            [.. group.Select(p => new ExchangeParty(p.Name!.Trim(), null, group.Key, Role(p.Role)))],
            group.Key,
            codes,
            content.EndUse?.Description is { Length: > 0 } use ? use : "Not described.",
            decision.RefusalCodes.Count > 0 ? decision.RefusalCodes : ["unspecified"],
            DateOnly.FromDateTime(refused.At.UtcDateTime),
            null,
            personal));
    }

    private async Task<List<LicenceActionFacts>> ActionsAsync(CancellationToken cancellationToken)
    {
        var facts = new List<LicenceActionFacts>();
        foreach (var licence in await licences.ListAsync(null, DocumentQuery.MaxPageSize, cancellationToken))
        {
            var changes = licence.StatusChanges.Where(c => c.Status is LicenceStatus.Suspended or LicenceStatus.Revoked).ToList();
            if (changes.Count == 0 || await organizations.GetAsync(licence.HolderOrganizationId, cancellationToken) is not { } holder)
            {
                continue;
            }

            var (application, version, _) = await files.LatestAsync(licence.ApplicationId, cancellationToken);
            var content = version.Content;
            var codes = await transaction.ControlListCodesAsync(content, cancellationToken);
            var destination = TransactionFacts.DestinationOf(content, holder.Value.Country);
            var personal = new List<string?> { content.Contact?.Name, content.Contact?.Email, content.Contact?.Phone, application.CreatedBy, version.SubmittedBy }
                .Concat(licence.StatusChanges.SelectMany(c => new[] { c.ActorId, c.ActorName })).OfType<string>().ToList();
            if (codes.Count > 0)
            {
                facts.AddRange(changes.Select(change => new LicenceActionFacts(licence, change, holder.Value, codes, destination, personal)));
            }
        }

        return facts;
    }

    private static string Role(PartyRole? role) => role switch
    {
        PartyRole.EndUser => "end user",
        PartyRole.UltimateEndUser => "ultimate end user",
        PartyRole.Consignee => "consignee",
        _ => "party",
    };
}
