using Sandbox.Workflows.Definitions;

namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// A transition (or the start arrow) to route. Routing always runs down the layers, from <see cref="Low"/> to
/// <see cref="High"/>; a back edge is routed from its target to its source and drawn the other way round.
/// </summary>
internal sealed class RoutedEdge
{
    public required string Id { get; init; }

    public required int Order { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required RouteShape Shape { get; init; }

    /// <summary>The container whose level the route crosses between its two sides.</summary>
    public required string Level { get; init; }

    public TransitionDefinition? Transition { get; init; }

    public TriggerDefinition? Trigger { get; init; }

    public bool Reversed { get; set; }

    public string Low => Reversed ? To : From;

    public string High => Reversed ? From : To;

    /// <summary>Superstates the route leaves through their bottom, innermost first.</summary>
    public List<string> ExitBoxes { get; } = [];

    /// <summary>Superstates the route enters through their top, outermost first.</summary>
    public List<string> EntryBoxes { get; } = [];

    /// <summary>The route, in routing order (from <see cref="Low"/>).</summary>
    public List<DiagramPoint> Route { get; } = [];

    public IReadOnlyList<DiagramPoint> DrawnPoints => Reversed ? Enumerable.Reverse(Route).ToList() : Route;

    public bool HasLabel => Shape != RouteShape.Start;

    public string Label => Trigger?.Label ?? Transition?.Trigger ?? "";
}
