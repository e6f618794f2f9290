using Sandbox.Workflows.Definitions;
using static Sandbox.Workflows.Diagrams.DiagramMetrics;

namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// Lays a definition out top to bottom (pages scroll down, and 15–25 states then fit a page's width at natural
/// size), as a layered (Sugiyama-style) drawing:
/// <list type="bullet">
/// <item>Superstates are rounded boxes enclosing their substates: each is laid out on its own, bottom-up, and then
/// placed as one box in the level holding it. Its header holds its label; its own transitions start from its border
/// (into its own substates, from under the header).</item>
/// <item>On every level a depth-first walk in discovery order finds the loops and reverses their closing edges: back
/// edges, routed like the rest and drawn pointing up. States are ranked by longest path, ordered inside their layer by
/// barycenter sweeps (keeping the order with fewest crossings) and placed so routes run straight where they can.</item>
/// <item>A route crossing several layers bends in each, beside the boxes in between, never through them; between
/// layers it is an S-curve. Its label sits beside it just past its drawn source, clear of states and other labels.</item>
/// <item>Transitions that stay in their state (internal ones, re-entries) are listed inside the state's box.</item>
/// </list>
/// The same definition always gives the same diagram.
/// </summary>
public static class WorkflowDiagramLayout
{
    public static WorkflowDiagram Layout(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var tree = new StateTree(definition);
        var edges = Plan(tree);
        var ranks = tree.ContainersDeepestFirst().ToDictionary(c => c, c => Rank(tree, c, edges), StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            FindBoxes(tree, edge);
        }

        var labels = new LabelDemand(edges);
        var layouts = new Dictionary<string, ContainerLayout>(StringComparer.Ordinal);
        foreach (var container in tree.ContainersDeepestFirst())
        {
            layouts[container] = new ContainerLayout(container, tree, ranks[container], edges, layouts, labels);
        }

        layouts[StateTree.Root].PlaceAbsolutely(Margin, Margin);
        foreach (var layout in layouts.Values)
        {
            layout.SpreadPorts();
        }

        foreach (var edge in edges)
        {
            RouteAssembly.Assemble(edge, layouts);
        }

        return DiagramBuilder.Build(tree, edges, layouts);
    }

    /// <summary>A route for every transition that leaves its state, and the start arrow.</summary>
    private static List<RoutedEdge> Plan(StateTree tree)
    {
        var edges = new List<RoutedEdge>
        {
            new()
            {
                Id = "start", Order = -1, From = StateTree.Start, To = tree.Definition.InitialState, Shape = RouteShape.Start, Level = StateTree.Root,
            },
        };
        foreach (var state in tree.Definition.States)
        {
            for (var i = 0; i < state.Transitions.Count; i++)
            {
                var transition = state.Transitions[i];
                if (transition.To is not { } to || to == state.Id)
                {
                    continue;
                }

                var (shape, level) = tree.IsInside(to, state.Id) ? (RouteShape.IntoSubstate, state.Id)
                    : tree.IsInside(state.Id, to) ? (RouteShape.OutToSuperstate, to)
                    : (RouteShape.Between, tree.CommonContainer(state.Id, to));
                edges.Add(new RoutedEdge
                {
                    Id = EdgeId(state, i),
                    Order = edges.Count,
                    From = state.Id,
                    To = to,
                    Shape = shape,
                    Level = level,
                    Transition = transition,
                    Trigger = tree.Definition.Trigger(transition.Trigger),
                });
            }
        }

        return edges;
    }

    internal static string EdgeId(StateDefinition state, int index) => $"{state.Id}/{index}";

    private static Dictionary<string, int> Rank(StateTree tree, string container, List<RoutedEdge> edges)
    {
        var items = tree.Children(container).Prepend(container == StateTree.Root ? StateTree.Start : null).OfType<string>()
            .OrderBy(tree.ItemKey).ToList();
        var between = edges.Where(e => e.Level == container && e.Shape is RouteShape.Between or RouteShape.Start)
            .Select(e => (tree.ItemAt(container, e.From), tree.ItemAt(container, e.To), e)).ToList();
        return LevelRanking.Rank(items, between, tree.ItemKey);
    }

    private static void FindBoxes(StateTree tree, RoutedEdge edge)
    {
        var inner = edge.Shape switch
        {
            RouteShape.IntoSubstate => edge.From,
            RouteShape.OutToSuperstate => edge.To,
            _ => edge.Level,
        };
        if (edge.Shape != RouteShape.IntoSubstate)
        {
            edge.ExitBoxes.AddRange(tree.BoxesBetween(edge.Low, inner));
        }

        if (edge.Shape != RouteShape.OutToSuperstate)
        {
            edge.EntryBoxes.AddRange(tree.BoxesBetween(edge.High, inner).Reverse());
        }
    }
}
