namespace Sandbox.Domain.Applications;

/// <summary>The denied-party screening state of a submitted application, for the regulator queue.</summary>
public enum ScreeningStatus
{
    NotScreened,
    Clear,
    PendingAdjudication,
    ConfirmedMatch,
}
