using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;
using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Tasks;

/// <summary>The open tasks a person may work: those of their roles, minus those about their own organization.</summary>
public sealed class WorkflowInbox(DocumentSet<WorkflowTask> tasks)
{
    public const int MaxTasks = 1000;

    public async Task<IReadOnlyList<WorkflowTask>> ForAsync(WorkflowActor actor, string? queue = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = new List<WorkflowTask>();
        foreach (var role in actor.Roles.Distinct(StringComparer.Ordinal))
        {
            var query = DocumentQuery.InPartition(role).Take(MaxTasks);
            if (queue is not null)
            {
                query = query.Where(QueryFilter.Equal("queue", queue));
            }

            await foreach (var task in tasks.QueryAllAsync(query, cancellationToken))
            {
                if (Visible(task.Value, actor))
                {
                    found.Add(task.Value);
                }

                if (found.Count >= MaxTasks)
                {
                    break;
                }
            }
        }

        return found.DistinctBy(t => t.Id).OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt).ToList();
    }

    public async Task<IReadOnlyList<WorkflowTask>> ForInstanceAsync(string instanceId, IEnumerable<string> roles, CancellationToken cancellationToken = default)
    {
        var found = new List<WorkflowTask>();
        foreach (var role in roles)
        {
            var page = await tasks.QueryAsync(DocumentQuery.InPartition(role).Where(QueryFilter.Equal("instanceId", instanceId)).Take(100), cancellationToken);
            found.AddRange(page.Items.Select(i => i.Value));
        }

        return found;
    }

    public static bool Visible(WorkflowTask task, WorkflowActor actor)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(actor);
        if (task.OrganizationId is not null)
        {
            return actor.OrganizationId == task.OrganizationId;
        }

        return task.ExcludedOrganizationId is null || actor.OrganizationId != task.ExcludedOrganizationId;
    }
}
