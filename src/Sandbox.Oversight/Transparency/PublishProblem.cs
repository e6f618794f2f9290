namespace Sandbox.Oversight.Transparency;

/// <summary>Why a report could not be published.</summary>
public enum PublishProblem
{
    /// <summary>The period has a published report and no new revision was asked for (409).</summary>
    AlreadyPublished,

    /// <summary>The period has not ended, so its figures would still change (409).</summary>
    PeriodNotEnded,

    /// <summary>A new revision needs the reason for it (400).</summary>
    ReasonRequired,
}
