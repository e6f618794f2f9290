namespace Sandbox.Domain.Applications;

/// <summary>Sizes an application may have; drafts are held to them too, so nothing oversized is ever stored.</summary>
public static class ApplicationLimits
{
    public const int ShortText = 200;
    public const int LongText = 4000;
    public const int MinimumExplanation = 20;
    public const int MaxTechnologyItems = 20;
    public const int MaxParties = 20;
    public const int MaxMilestones = 24;
    public const int MaxAttachments = 10;
    public const int MaxDurationDays = 730;

    /// <summary>Real-world testing runs at most six months at a time (EU AI Act Art. 60), extendable once in the licence lifecycle.</summary>
    public const int MaxRealWorldTestingDays = 183;

    /// <summary>An expedited pilot gets a provisional licence of at most 90 days.</summary>
    public const int MaxExpeditedDays = 90;
}
