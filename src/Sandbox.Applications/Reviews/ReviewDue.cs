namespace Sandbox.Applications.Reviews;

public enum ReviewDue
{
    /// <summary>Past its review date: it no longer applies until renewed.</summary>
    Overdue,

    /// <summary>Within <see cref="ReferenceReviews.DueSoonDays"/> of its review date.</summary>
    DueSoon,

    Later,
}
