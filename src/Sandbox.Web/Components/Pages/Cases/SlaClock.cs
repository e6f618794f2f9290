using MudBlazor;
using Sandbox.Domain.Applications;

namespace Sandbox.Web.Components.Pages.Cases;

/// <summary>Reads a case's review deadline against the current time: overdue, due soon (within two days) or on track.</summary>
public static class SlaClock
{
    public static TimeSpan DueSoonWindow { get; } = TimeSpan.FromDays(2);

    public static SlaState StateOf(PilotApplication application, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Status != ApplicationStatus.Submitted || application.SlaDueAt is not { } due)
        {
            return SlaState.NotRunning;
        }

        return due <= now ? SlaState.Overdue : due - now <= DueSoonWindow ? SlaState.DueSoon : SlaState.OnTrack;
    }

    public static string Label(SlaState state) => state switch
    {
        SlaState.Overdue => "Overdue",
        SlaState.DueSoon => "Due soon",
        SlaState.OnTrack => "On track",
        _ => "No deadline",
    };

    public static Color Color(SlaState state) => state switch
    {
        SlaState.Overdue => MudBlazor.Color.Error,
        SlaState.DueSoon => MudBlazor.Color.Warning,
        SlaState.OnTrack => MudBlazor.Color.Success,
        _ => MudBlazor.Color.Default,
    };
}
