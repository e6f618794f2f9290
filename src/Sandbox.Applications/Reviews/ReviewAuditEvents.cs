namespace Sandbox.Applications.Reviews;

public static class ReviewAuditEvents
{
    public const string Renewed = "review.renewed";
}
