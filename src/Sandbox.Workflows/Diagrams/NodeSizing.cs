using Sandbox.Workflows.Definitions;
using static Sandbox.Workflows.Diagrams.DiagramMetrics;

namespace Sandbox.Workflows.Diagrams;

/// <summary>How big a state's box is: its label (wrapped onto two lines when long), the transitions listed inside it, and room for its ports.</summary>
internal static class NodeSizing
{
    public static IReadOnlyList<string> LabelLines(StateDefinition state) => TextMetrics.Wrap(state.Label, StateFontSize, MaxLabelLineWidth);

    /// <summary>The transitions drawn as lines inside the state: internal ones and re-entries of the state itself.</summary>
    public static IReadOnlyList<string> ListedLines(WorkflowDefinition definition, StateDefinition state) =>
        [.. state.Transitions.Where(t => t.To is null || t.To == state.Id).Select(t => ListedText(definition, t))];

    public static string ListedText(WorkflowDefinition definition, TransitionDefinition transition) =>
        DiagramMetrics.ListedText(definition.Trigger(transition.Trigger)?.Label ?? transition.Trigger, transition.To is null);

    public static (double Width, double Height) State(WorkflowDefinition definition, StateDefinition state, int topPorts, int bottomPorts)
    {
        var lines = LabelLines(state);
        var listed = ListedLines(definition, state);
        var width = new[]
        {
            MinNodeWidth,
            lines.Max(l => TextMetrics.Width(l, StateFontSize)) + 28,
            listed.Select(l => TextMetrics.Width(l, SmallFontSize) + 20).DefaultIfEmpty(0).Max(),
            (Math.Max(topPorts, bottomPorts) + 1) * PortSpacing,
        }.Max();
        var height = Math.Max(MinNodeHeight, (2 * NodePadding) + (lines.Count * LabelLineHeight) + (listed.Count * ListLineHeight));
        return (Math.Ceiling(width), height);
    }

    /// <summary>A superstate's header: its label and listed transitions, above the substates.</summary>
    public static (double Width, double Height) Header(WorkflowDefinition definition, StateDefinition state)
    {
        var lines = LabelLines(state);
        var listed = ListedLines(definition, state);
        var width = Math.Max(
            lines.Max(l => TextMetrics.Width(l, StateFontSize) * 1.08),
            listed.Select(l => TextMetrics.Width(l, SmallFontSize)).DefaultIfEmpty(0).Max());
        return (Math.Ceiling(width), HeaderPadding + (lines.Count * LabelLineHeight) + (listed.Count * ListLineHeight) + 4);
    }
}
