using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Refusals;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Instances;

namespace Sandbox.Oversight.Transparency;

/// <summary>
/// Decisions from the case instances' history and licence actions from the licences' status history, streamed page by
/// page: an instance changed before the period began cannot hold a decision in it, and a licence issued after it cannot
/// have been suspended or revoked in it.
/// </summary>
public sealed class DecisionFiguresCollector(
    DocumentSet<WorkflowInstance> instances, DocumentSet<PilotLicence> licences, RefusalCriteria refusals, WorkflowDefinitionRegistry definitions)
{
    public async Task<(DecisionFigures Decisions, IReadOnlyList<PathTiming> Times)> CollectAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var criteria = (await refusals.InForceAsync(cancellationToken)).Criteria;
        var titles = criteria.ToDictionary(c => c.Code, c => c.Title, StringComparer.Ordinal);
        var tally = new DecisionTally(criteria.Select(c => (c.Code, c.Title)));
        foreach (var path in DecisionPath.All)
        {
            var query = DocumentQuery.AcrossPartitions()
                .Where(QueryFilter.Equal("definitionId", path.DefinitionId))
                .Where(QueryFilter.AtLeast("updatedAt", period.From))
                .Take(200);
            await foreach (var instance in instances.QueryAllAsync(query, cancellationToken))
            {
                tally.Add(path, instance.Value, period, titles);
            }
        }

        var (suspensions, revocations) = await LicenceActionsAsync(period, cancellationToken);
        var decisions = new DecisionFigures(
            ReportCount.Exact(tally.Approvals), ReportCount.Exact(tally.ProvisionalApprovals), ReportCount.Exact(tally.Refusals),
            ReportCount.Exact(tally.NoLicenceRequired), tally.RefusalReasons.ToBreakdown(additive: false),
            ReportCount.Exact(suspensions), ReportCount.Exact(revocations));
        return (decisions, [.. DecisionPath.All.Select(path => Timing(path, tally))]);
    }

    private PathTiming Timing(DecisionPath path, DecisionTally tally)
    {
        var days = tally.Days.GetValueOrDefault(path.Path) ?? [];
        var within = tally.WithinSla.GetValueOrDefault(path.Path);
        return new PathTiming(
            path.Path, path.DefinitionId, path.Label, path.Clock, path.BudgetIn(definitions),
            ReportCount.Exact(days.Count), Percentiles.Median(days), Percentiles.NearestRank(days, 90),
            ReportCount.Exact(within), days.Count == 0 ? null : Math.Round((double)within / days.Count, 3, MidpointRounding.AwayFromZero));
    }

    private async Task<(int Suspensions, int Revocations)> LicenceActionsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var (suspensions, revocations) = (0, 0);
        var query = DocumentQuery.AcrossPartitions().Where(QueryFilter.LessThan("issuedAt", period.Through)).Take(200);
        await foreach (var licence in licences.QueryAllAsync(query, cancellationToken))
        {
            foreach (var change in licence.Value.StatusChanges.Where(c => period.Contains(c.At)))
            {
                suspensions += change.Status == LicenceStatus.Suspended ? 1 : 0;
                revocations += change.Status == LicenceStatus.Revoked ? 1 : 0;
            }
        }

        return (suspensions, revocations);
    }
}
