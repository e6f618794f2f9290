namespace Sandbox.Web.Components.Pages.Cases;

/// <summary>Where a case stands against its review deadline.</summary>
public enum SlaState
{
    NotRunning,
    OnTrack,
    DueSoon,
    Overdue,
}
