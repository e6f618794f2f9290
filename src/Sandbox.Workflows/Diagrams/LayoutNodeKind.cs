namespace Sandbox.Workflows.Diagrams;

internal enum LayoutNodeKind
{
    /// <summary>A state, or a superstate's whole box.</summary>
    Item,

    /// <summary>A bend point where a route crosses a layer.</summary>
    Dummy,

    /// <summary>Where a route comes in through the container's top (just under its header).</summary>
    EntryPort,

    /// <summary>Where a route leaves through the container's bottom.</summary>
    ExitPort,
}
