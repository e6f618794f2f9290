using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Oversight.Misuse;
using Sandbox.Oversight.Transparency;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;
using Sandbox.Workflows.Instances;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// How many documents each collector's filters select for a period (docs/transparency.md, "Performance"), counted
/// with the same filters, so the measured time can be read per document streamed.
/// </summary>
internal static class CollectorScan
{
    public static async Task<string> DescribeAsync(IServiceProvider services, ReportPeriod period)
    {
        DocumentQuery Within(string field) =>
            DocumentQuery.AcrossPartitions().Where(QueryFilter.AtLeast(field, period.From)).Where(QueryFilter.LessThan(field, period.Through));
        Task<long> Count<T>(DocumentQuery query)
            where T : class => services.GetRequiredService<DocumentSet<T>>().CountAsync(query);

        long instances = 0;
        foreach (var definition in CaseDefinitions.Cases)
        {
            instances += await Count<WorkflowInstance>(DocumentQuery.AcrossPartitions()
                .Where(QueryFilter.Equal("definitionId", definition)).Where(QueryFilter.AtLeast("updatedAt", period.From)));
        }

        var applications = await Count<PilotApplication>(Within("submittedAt"));
        var licences = await Count<PilotLicence>(DocumentQuery.AcrossPartitions().Where(QueryFilter.LessThan("issuedAt", period.Through)));
        var sandboxes = await Count<SandboxEnvironment>(DocumentQuery.AcrossPartitions().Where(QueryFilter.LessThan("createdAt", period.Through)));
        var exports = await Count<ExportRequest>(Within("submittedAt"));
        var misuse = await Count<MisuseReport>(Within("receivedAt"));
        return $"{period.Id} streams {applications:N0} applications (+ as many version reads), {instances:N0} case instances, {licences:N0} licences, "
            + $"{sandboxes:N0} sandboxes, {exports:N0} export requests, {misuse:N0} misuse reports";
    }
}
