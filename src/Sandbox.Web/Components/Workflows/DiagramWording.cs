using System.Globalization;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Diagrams;
using Sandbox.Workflows.Instances;

namespace Sandbox.Web.Components.Workflows;

/// <summary>How the diagram reads in words: in titles (tooltips), in the text alternative and in the legend.</summary>
public static class DiagramWording
{
    public static string Kind(TriggerKind kind) => kind switch
    {
        TriggerKind.System => "system",
        TriggerKind.Timer => "timer",
        _ => "person",
    };

    public static string Actor(ActorKind kind) => kind switch
    {
        ActorKind.System => "system",
        ActorKind.Timer => "timer",
        _ => "person",
    };

    public static string When(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Times(int count) => count == 1 ? "once" : $"{count} times";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Anchor(DiagramTextAnchor anchor) => anchor switch
    {
        DiagramTextAnchor.Middle => "middle",
        DiagramTextAnchor.End => "end",
        _ => "start",
    };

    /// <summary>A state's status, for its title and its line in the text alternative: "current state, visited twice".</summary>
    public static IEnumerable<string> StateFacts(DiagramNode node, WorkflowDiagram diagram, WorkflowPath? path)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(diagram);
        if (node.ParentId is { } parent)
        {
            yield return $"inside {diagram.Node(parent).Label}";
        }

        if (node.Initial)
        {
            yield return "initial state";
        }

        if (node.Final)
        {
            yield return "final state";
        }

        if (path is null)
        {
            yield break;
        }

        if (path.CurrentState == node.Id)
        {
            yield return path.Completed ? "current state, workflow ended" : "current state";
        }

        if (path.VisitsOf(node.Id) is > 0 and var visits)
        {
            yield return $"entered {Times(visits)}";
        }
    }

    public static string EdgeText(DiagramEdge edge, WorkflowDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(diagram);
        var from = diagram.Node(edge.From).Label;
        return edge.IsSelf
            ? $"{from}: {edge.TriggerLabel} ({Kind(edge.Kind)}), {(edge.IsInternal ? "stays in the state" : "leaves and re-enters the state")}"
            : $"{from} → {diagram.Node(edge.To).Label}: {edge.TriggerLabel} ({Kind(edge.Kind)})";
    }

    public static string StepText(PathStep step, WorkflowDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(diagram);
        string Label(string id) => diagram.Nodes.FirstOrDefault(n => n.Id == id)?.Label ?? id;
        var move = step.From is { } from
            ? $"{Label(from)} → {Label(step.To)}: {diagram.Edges.FirstOrDefault(e => e.TriggerId == step.Trigger)?.TriggerLabel ?? step.Trigger}"
            : $"started in {Label(step.To)}";
        var reason = string.IsNullOrWhiteSpace(step.Reason) ? "" : $" (reason: {step.Reason})";
        return $"{move}, by {step.ActorName} ({Actor(step.ActorKind)}){reason}";
    }
}
