namespace Sandbox.Workflows.Diagrams;

/// <summary>How a route relates its two states in the tree of superstates.</summary>
internal enum RouteShape
{
    /// <summary>Between two states side by side on some level (possibly inside different superstates).</summary>
    Between,

    /// <summary>From a superstate's box into one of its own substates.</summary>
    IntoSubstate,

    /// <summary>From a substate out to a superstate enclosing it.</summary>
    OutToSuperstate,

    /// <summary>From the initial pseudo-state to the initial state.</summary>
    Start,
}
