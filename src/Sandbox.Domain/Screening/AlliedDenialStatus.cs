namespace Sandbox.Domain.Screening;

public enum AlliedDenialStatus
{
    /// <summary>In force: screened until its review date.</summary>
    Active,

    /// <summary>Withdrawn by the allied authority (annulled, or lapsed at review); no longer screened.</summary>
    Withdrawn,
}
