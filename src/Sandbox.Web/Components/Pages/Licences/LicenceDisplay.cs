using System.Globalization;
using MudBlazor;
using Sandbox.Domain.Licensing;

namespace Sandbox.Web.Components.Pages.Licences;

/// <summary>How licence values read on screen and on paper: status colours, kinds, the days left in the validity window.</summary>
public static class LicenceDisplay
{
    public static Color StatusColor(LicenceStatus status) => status switch
    {
        LicenceStatus.Issued => Color.Info,
        LicenceStatus.Active => Color.Success,
        LicenceStatus.Suspended => Color.Warning,
        LicenceStatus.Revoked => Color.Error,
        _ => Color.Default,
    };

    public static string Kind(LicenceKind kind) => kind == LicenceKind.Provisional ? "Provisional" : "Full";

    /// <summary>Whole days until the licence ends, counted up; "—" once it has ended or left its window.</summary>
    public static string DaysLeft(PilotLicence licence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(licence);
        if (licence.Status is not (LicenceStatus.Issued or LicenceStatus.Active or LicenceStatus.Suspended) || licence.ValidTo <= now)
        {
            return "—";
        }

        var days = (int)Math.Ceiling((licence.ValidTo - now).TotalDays);
        return days.ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <summary>The date part of an instant in UTC, such as 2027-03-16.</summary>
    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
