using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Diagrams;

namespace Sandbox.Workflows.Tests.Diagrams;

/// <summary>What every diagram must satisfy, whatever the definition.</summary>
public static class DiagramAssert
{
    private const double Tolerance = 0.6;

    public static void EveryStateOnce(WorkflowDefinition definition, WorkflowDiagram diagram)
    {
        Assert.Equal(definition.States.Select(s => s.Id), diagram.Nodes.Select(n => n.Id));
        foreach (var state in definition.States)
        {
            var node = diagram.Node(state.Id);
            Assert.Equal(state.Label, node.Label);
            Assert.Equal(state.Label, string.Join(' ', node.LabelLines));
            Assert.Equal(state.Final, node.Final);
            Assert.Equal(state.Parent, node.ParentId);
            Assert.Equal(state.Id == definition.InitialState, node.Initial);
            Assert.Equal(definition.States.Any(s => s.Parent == state.Id), node.IsSuperstate);
        }
    }

    public static void EveryTransitionOnce(WorkflowDefinition definition, WorkflowDiagram diagram)
    {
        var expected = definition.States.SelectMany(s => s.Transitions.Select(t => (From: s.Id, To: t.To ?? s.Id, t.Trigger, Internal: t.To is null))).ToList();
        Assert.Equal(expected, diagram.Edges.Select(e => (e.From, e.To, Trigger: e.TriggerId, Internal: e.IsInternal)).ToList());
        Assert.Equal(diagram.Edges.Count, diagram.Edges.Select(e => e.Id).Distinct().Count());
        foreach (var edge in diagram.Edges)
        {
            var trigger = definition.Trigger(edge.TriggerId)!;
            Assert.Equal(trigger.Label, edge.TriggerLabel);
            Assert.Equal(trigger.Kind, edge.Kind);
        }
    }

    /// <summary>A route leaves its source's border and ends on its target's; a transition that stays is listed inside its state.</summary>
    public static void RoutesConnectTheirStates(WorkflowDiagram diagram)
    {
        foreach (var edge in diagram.Edges)
        {
            var (from, to) = (diagram.Node(edge.From), diagram.Node(edge.To));
            if (edge.IsSelf)
            {
                Assert.Empty(edge.Points);
                Assert.True(from.Contains(edge.LabelPosition), $"{edge.Id} is listed outside {from.Id}");
                continue;
            }

            // A route into a superstate's own substate starts inside the box, under its header (one out to an
            // enclosing superstate ends on its bottom border, from inside); every other route meets a top or a bottom.
            var into = Encloses(diagram, from, to);
            Assert.True(edge.Points.Count >= 2, $"{edge.Id} has no route");
            Assert.True(into ? Inside(from, edge.Points[0]) : OnBorder(from, edge.Points[0]), $"{edge.Id} starts at {edge.Points[0]}, off the border of {from.Id}");
            Assert.True(OnBorder(to, edge.Points[^1]), $"{edge.Id} ends at {edge.Points[^1]}, off the border of {to.Id}");
            Assert.StartsWith("M", edge.PathData, StringComparison.Ordinal);
        }
    }

    /// <summary>States never overlap, except a superstate's box around what it encloses.</summary>
    public static void NoOverlaps(WorkflowDiagram diagram)
    {
        foreach (var a in diagram.Nodes)
        {
            foreach (var b in diagram.Nodes.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0))
            {
                if (!Encloses(diagram, a, b) && !Encloses(diagram, b, a))
                {
                    Assert.False(a.Overlaps(b), $"{a.Id} ({a.X},{a.Y} {a.Width}x{a.Height}) overlaps {b.Id} ({b.X},{b.Y} {b.Width}x{b.Height})");
                }
            }
        }
    }

    /// <summary>A substate lies inside its superstate's box, below the header that holds the superstate's label.</summary>
    public static void SubstatesInsideTheirSuperstate(WorkflowDiagram diagram)
    {
        foreach (var node in diagram.Nodes.Where(n => n.ParentId is not null))
        {
            var parent = diagram.Node(node.ParentId!);
            Assert.True(node.X > parent.X && node.Right < parent.Right && node.Bottom < parent.Bottom, $"{node.Id} sticks out of {parent.Id}");
            Assert.True(node.Y > parent.LabelPosition.Y + ((parent.LabelLines.Count - 1) * DiagramNode.LabelLineHeight), $"{node.Id} overlaps the header of {parent.Id}");
            Assert.Equal(parent.Depth + 1, node.Depth);
        }
    }

    /// <summary>Edge labels keep off states (they may sit inside a superstate's box, never on a state inside it).</summary>
    public static void LabelsClearOfStates(WorkflowDiagram diagram)
    {
        foreach (var edge in diagram.Edges.Where(e => !e.IsSelf))
        {
            var left = edge.LabelAnchor == DiagramTextAnchor.End ? edge.LabelPosition.X - edge.LabelWidth : edge.LabelPosition.X;
            var (top, bottom) = (edge.LabelPosition.Y - 10, edge.LabelPosition.Y + 2);
            foreach (var node in diagram.Nodes.Where(n => !n.IsSuperstate))
            {
                var overlaps = left < node.Right && node.X < left + edge.LabelWidth && top < node.Bottom && node.Y < bottom;
                Assert.False(overlaps, $"the label of {edge.Id} ('{edge.TriggerLabel}') covers {node.Id}");
            }
        }
    }

    public static void InsideTheCanvas(WorkflowDiagram diagram)
    {
        var points = diagram.Nodes.SelectMany(n => new[] { new DiagramPoint(n.X, n.Y), new DiagramPoint(n.Right, n.Bottom) })
            .Concat(diagram.Edges.SelectMany(e => e.Points.Append(e.LabelPosition)));
        Assert.All(points, p => Assert.True(p.X >= 0 && p.Y >= 0 && p.X <= diagram.Width && p.Y <= diagram.Height, $"{p} is off the canvas"));
    }

    private static bool OnBorder(DiagramNode node, DiagramPoint point) =>
        node.Contains(point, Tolerance) && (Math.Abs(point.Y - node.Y) < Tolerance || Math.Abs(point.Y - node.Bottom) < Tolerance);

    private static bool Inside(DiagramNode node, DiagramPoint point) =>
        point.X > node.X && point.X < node.Right && point.Y > node.Y && point.Y < node.Bottom;

    private static bool Encloses(WorkflowDiagram diagram, DiagramNode outer, DiagramNode inner) =>
        diagram.Lineage(inner.Id).Skip(1).Any(n => n.Id == outer.Id);
}
