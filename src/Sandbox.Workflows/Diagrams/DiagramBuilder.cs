using Sandbox.Workflows.Definitions;
using static Sandbox.Workflows.Diagrams.DiagramMetrics;

namespace Sandbox.Workflows.Diagrams;

/// <summary>Turns the placed layout into the public diagram: nodes, edges with their labels, the start arrow, the bounds.</summary>
internal static class DiagramBuilder
{
    public static WorkflowDiagram Build(StateTree tree, IReadOnlyList<RoutedEdge> edges, IReadOnlyDictionary<string, ContainerLayout> layouts)
    {
        var definition = tree.Definition;
        var nodes = definition.States.Select(s => Node(tree, s, layouts[tree.ContainerOf(s.Id)].Item(s.Id))).ToList();
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var routes = edges.Where(e => e.HasLabel).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var placement = new LabelPlacement(
            Obstacles(layouts, byId), edges.ToDictionary(e => e.Id, e => (IReadOnlyList<DiagramPoint>)e.Route, StringComparer.Ordinal));
        var labels = routes.Values.OrderBy(e => e.DrawnPoints[0].Y).ThenBy(e => e.DrawnPoints[0].X).ThenBy(e => e.Order)
            .ToDictionary(e => e.Id, e => placement.Place(e.Id, e.DrawnPoints, LabelWidth(e.Label)), StringComparer.Ordinal);

        var diagramEdges = new List<DiagramEdge>();
        foreach (var state in definition.States)
        {
            var listed = 0;
            for (var i = 0; i < state.Transitions.Count; i++)
            {
                var transition = state.Transitions[i];
                var id = WorkflowDiagramLayout.EdgeId(state, i);
                var trigger = definition.Trigger(transition.Trigger);
                var label = trigger?.Label ?? transition.Trigger;
                var kind = trigger?.Kind ?? TriggerKind.Human;
                if (routes.TryGetValue(id, out var route))
                {
                    var (position, anchor) = labels[id];
                    diagramEdges.Add(new DiagramEdge(
                        id, state.Id, route.To, transition.Trigger, label, kind, IsInternal: false, route.Reversed, route.DrawnPoints, position, anchor, LabelWidth(label)));
                }
                else
                {
                    var text = NodeSizing.ListedText(definition, transition);
                    var (position, anchor) = ListedPosition(byId[state.Id], listed++);
                    diagramEdges.Add(new DiagramEdge(
                        id, state.Id, state.Id, transition.Trigger, label, kind, transition.To is null, IsBackEdge: false, [], position, anchor,
                        TextMetrics.Width(text, SmallFontSize)));
                }
            }
        }

        var startEdge = edges.Single(e => e.Shape == RouteShape.Start);
        var startNode = layouts[StateTree.Root].Item(StateTree.Start);
        var start = new DiagramStart(new DiagramPoint(startNode.AbsX, startNode.AbsTop + StartRadius), StartRadius, startEdge.DrawnPoints);
        return Normalized(new WorkflowDiagram(definition.Key, definition.Title, 0, 0, nodes, diagramEdges, start));
    }

    private static double LabelWidth(string label) => Math.Ceiling(TextMetrics.Width(label, SmallFontSize) + 2);

    private static DiagramNode Node(StateTree tree, StateDefinition state, LayoutNode placed)
    {
        var lines = NodeSizing.LabelLines(state);
        var (x, y) = (placed.AbsX - (placed.Width / 2), placed.AbsTop);
        var superstate = tree.IsSuperstate(state.Id);
        var listed = NodeSizing.ListedLines(tree.Definition, state).Count;
        var content = (lines.Count * LabelLineHeight) + (listed * ListLineHeight);
        var label = superstate
            ? new DiagramPoint(x + BoxPadding, y + HeaderPadding + LabelLineHeight - 4)
            : new DiagramPoint(x + (placed.Width / 2), y + ((placed.Height - content) / 2) + LabelLineHeight - 4);
        return new DiagramNode(
            state.Id, state.Label, lines, x, y, placed.Width, placed.Height, state.Final, state.Id == tree.Definition.InitialState,
            state.Parent, superstate, tree.Depth(state.Id), label, superstate ? DiagramTextAnchor.Start : DiagramTextAnchor.Middle);
    }

    /// <summary>The <paramref name="index"/>th transition listed inside a state, under its label.</summary>
    private static (DiagramPoint, DiagramTextAnchor) ListedPosition(DiagramNode node, int index)
    {
        var y = node.LabelPosition.Y + ((node.LabelLines.Count - 1) * LabelLineHeight) + ((index + 1) * ListLineHeight);
        return (new DiagramPoint(node.LabelPosition.X, y), node.LabelAnchor);
    }

    private static IEnumerable<DiagramRect> Obstacles(IReadOnlyDictionary<string, ContainerLayout> layouts, Dictionary<string, DiagramNode> nodes)
    {
        foreach (var node in nodes.Values)
        {
            yield return node.IsSuperstate
                ? new DiagramRect(node.X, node.Y, node.Width, layouts[node.Id].HeaderHeight)
                : new DiagramRect(node.X - 2, node.Y - 2, node.Width + 4, node.Height + 4);
        }

        var start = layouts[StateTree.Root].Item(StateTree.Start);
        yield return new DiagramRect(start.AbsX - StartRadius, start.AbsTop, 2 * StartRadius, 2 * StartRadius);
    }

    /// <summary>Shifts everything so the drawing (labels included) starts at the margin, and sizes the canvas to it.</summary>
    private static WorkflowDiagram Normalized(WorkflowDiagram diagram)
    {
        var extents = diagram.Nodes.SelectMany(n => new[] { new DiagramPoint(n.X, n.Y), new DiagramPoint(n.Right, n.Bottom) })
            .Concat(diagram.Edges.SelectMany(e => e.Points))
            .Concat(diagram.Edges.SelectMany(LabelCorners))
            .Concat([new(diagram.Start.Center.X - diagram.Start.Radius, diagram.Start.Center.Y - diagram.Start.Radius)])
            .ToList();
        var (dx, dy) = (Margin - extents.Min(p => p.X), Margin - extents.Min(p => p.Y));
        DiagramPoint Move(DiagramPoint p) => new(Math.Round(p.X + dx, 1), Math.Round(p.Y + dy, 1));
        var nodes = diagram.Nodes.Select(n => n with
        {
            X = Math.Round(n.X + dx, 1), Y = Math.Round(n.Y + dy, 1), LabelPosition = Move(n.LabelPosition),
        }).ToList();
        var edges = diagram.Edges.Select(e => e with { Points = e.Points.Select(Move).ToList(), LabelPosition = Move(e.LabelPosition) }).ToList();
        var start = diagram.Start with { Center = Move(diagram.Start.Center), Points = diagram.Start.Points.Select(Move).ToList() };
        return diagram with
        {
            Width = Math.Ceiling(extents.Max(p => p.X) + dx + Margin),
            Height = Math.Ceiling(extents.Max(p => p.Y) + dy + Margin),
            Nodes = nodes,
            Edges = edges,
            Start = start,
        };
    }

    private static IEnumerable<DiagramPoint> LabelCorners(DiagramEdge edge)
    {
        var left = edge.LabelAnchor switch
        {
            DiagramTextAnchor.End => edge.LabelPosition.X - edge.LabelWidth,
            DiagramTextAnchor.Middle => edge.LabelPosition.X - (edge.LabelWidth / 2),
            _ => edge.LabelPosition.X,
        };
        return [new(left, edge.LabelPosition.Y - 11), new(left + edge.LabelWidth, edge.LabelPosition.Y + 3)];
    }
}
