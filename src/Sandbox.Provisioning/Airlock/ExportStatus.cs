namespace Sandbox.Provisioning.Airlock;

/// <summary>Where an export request is in the airlock. Only <see cref="Approved"/> results can be downloaded.</summary>
public enum ExportStatus
{
    Draft,
    Submitted,
    InReview,
    Approved,
    Rejected,
    Cancelled,
}
