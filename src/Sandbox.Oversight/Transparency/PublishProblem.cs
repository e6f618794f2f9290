namespace Sandbox.Oversight.Transparency;

/// <summary>Why a report could not be published.</summary>
public enum PublishProblem
{
    /// <summary>The period has a published report and no new revision was asked for (409).</summary>
    AlreadyPublished,

    /// <summary>The period has not ended, so its figures would still change (409).</summary>
    PeriodNotEnded,

    /// <summary>The period shares days with a published one, which would let a reader subtract suppressed cells out (409).</summary>
    OverlapsPublished,

    /// <summary>A new revision needs the reason for it (400).</summary>
    ReasonRequired,
}
