namespace Sandbox.Identity.Audit;

public enum AuditOutcome
{
    Succeeded,
    Failed,
    Refused,
}
