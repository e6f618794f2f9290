using Sandbox.Workflows.Definitions;

namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// One transition of the definition. A transition that stays in its state (<see cref="IsSelf"/>: an internal one, or
/// one that leaves and re-enters it) is listed inside its state's box, at <see cref="LabelPosition"/>, and has no
/// points; every other one is a route from <see cref="From"/>'s border to <see cref="To"/>'s.
/// </summary>
/// <param name="Id"><c>state/index</c>: the declaring state and the transition's place in its list.</param>
/// <param name="From">The state declaring the transition (a superstate's transitions start from its box).</param>
/// <param name="To">The target; the state itself for an internal transition.</param>
/// <param name="IsInternal">Declared without a target: the state is not left, its timers keep running.</param>
/// <param name="IsBackEdge">Goes against the diagram's top-to-bottom flow (a loop back), so it is routed around.</param>
/// <param name="Points">The route, from <see cref="From"/> to <see cref="To"/>: draw with <see cref="PathData"/>.</param>
/// <param name="LabelWidth">The label's estimated width, so a renderer can back it with a halo or a hit area.</param>
public sealed record DiagramEdge(
    string Id,
    string From,
    string To,
    string TriggerId,
    string TriggerLabel,
    TriggerKind Kind,
    bool IsInternal,
    bool IsBackEdge,
    IReadOnlyList<DiagramPoint> Points,
    DiagramPoint LabelPosition,
    DiagramTextAnchor LabelAnchor,
    double LabelWidth)
{
    public bool IsSelf => From == To;

    /// <summary>The line drawn inside the state for a transition that stays in it: a loop glyph, the trigger, and whether it re-enters.</summary>
    public string ListedText => DiagramMetrics.ListedText(TriggerLabel, IsInternal);

    /// <summary>SVG path data for <see cref="Points"/>: straight runs where x does not change, S-curves between layers.</summary>
    public string PathData => SvgPath.Of(Points);
}
