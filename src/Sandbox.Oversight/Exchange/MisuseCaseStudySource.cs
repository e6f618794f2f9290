using Sandbox.Identity.Organizations;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Exchange;
using Sandbox.Licensing.Licences;
using Sandbox.Oversight.Misuse;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Oversight.Exchange;

/// <summary>
/// Misuse case studies for the allied export: every closed report whose response was a warning, added conditions, a
/// suspension or a revocation (closed since <c>since</c>, when given), written by <see cref="MisuseCaseStudyWriter"/>
/// from the licence it concerns (tier, categories, control-list codes, destination) and its holder.
/// </summary>
public sealed class MisuseCaseStudySource(
    DocumentSet<MisuseReport> reports, LicenceRegistry licences, CaseFiles files, OrganizationDirectory organizations, TransactionFacts transaction)
    : IExchangeRecordSource
{
    public async Task<IReadOnlyList<ExchangeRecord>> RecordsAsync(ExchangeIssuer issuer, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var query = DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("status", nameof(MisuseStatus.Closed))).Take(DocumentQuery.MaxPageSize);
        var studies = new List<ExchangeRecord>();
        await foreach (var found in reports.QueryAllAsync(query, cancellationToken))
        {
            var report = found.Value;
            if (MisuseCaseStudyWriter.Qualifies(report) && (since is null || report.ClosedAt >= since)
                && await CaseStudyAsync(issuer, report, cancellationToken) is { } study)
            {
                studies.Add(study);
            }
        }

        return studies;
    }

    private async Task<CaseStudyRecord?> CaseStudyAsync(ExchangeIssuer issuer, MisuseReport report, CancellationToken cancellationToken)
    {
        var licence = (await licences.GetAsync(report.LicenceId!, cancellationToken))?.Value;
        var holder = licence is null ? null : (await organizations.GetAsync(licence.HolderOrganizationId, cancellationToken))?.Value;
        if (licence is null || holder is null)
        {
            return null;
        }

        var content = (await files.LatestAsync(licence.ApplicationId, cancellationToken)).Version.Content;
        var codes = await transaction.ControlListCodesAsync(content, cancellationToken);
        return MisuseCaseStudyWriter.Write(issuer, report, licence.Tier, holder, TransactionFacts.Categories(content), codes,
            TransactionFacts.DestinationOf(content, holder.Country));
    }
}
