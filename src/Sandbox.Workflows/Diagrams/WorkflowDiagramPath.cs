using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Diagrams;

/// <summary>Reads an instance's history as a path to draw over its definition's diagram.</summary>
public static class WorkflowDiagramPath
{
    public static WorkflowPath Of(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var steps = instance.History.OrderBy(h => h.Sequence)
            .Select(h => new PathStep(h.Sequence, h.From.Length == 0 ? null : h.From, h.To, h.Trigger, h.ActorKind, h.ActorName, h.At, h.Reason))
            .ToList();

        var visits = new Dictionary<string, int>(StringComparer.Ordinal);
        var traversals = new List<PathTraversal>();
        foreach (var step in steps)
        {
            if (step.From is null || step.From != step.To)
            {
                visits[step.To] = visits.GetValueOrDefault(step.To) + 1;
            }

            if (step.From is { } from)
            {
                var index = traversals.FindIndex(t => t.From == from && t.To == step.To && t.Trigger == step.Trigger);
                if (index < 0)
                {
                    traversals.Add(new PathTraversal(from, step.To, step.Trigger, 1));
                }
                else
                {
                    traversals[index] = traversals[index] with { Count = traversals[index].Count + 1 };
                }
            }
        }

        if (steps.Count == 0)
        {
            visits[instance.State] = 1;
        }

        return new WorkflowPath(instance.State, instance.Completed, steps, visits, traversals);
    }
}
