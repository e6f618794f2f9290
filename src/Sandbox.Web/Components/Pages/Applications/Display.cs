using System.Globalization;
using System.Text;
using MudBlazor;
using Sandbox.Domain.Applications;

namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>How application values read on screen: dates in UTC, enum names as words, tiers and states as coloured chips.</summary>
public static class Display
{
    public static string When(DateTimeOffset? at) =>
        at?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "—";

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Number(int? number) => number?.ToString("N0", CultureInfo.InvariantCulture) ?? "—";

    public static string Text(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : text;

    public static string Points(int points) => points > 0
        ? "+" + points.ToString(CultureInfo.InvariantCulture)
        : points.ToString(CultureInfo.InvariantCulture);

    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words(value.ToString());

    public static string Words<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Words(v.ToString()) : "—";

    public static string List<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        var words = values.Select(v => Words(v.ToString())).ToList();
        return words.Count == 0 ? "—" : string.Join(", ", words);
    }

    /// <summary><c>RefugeesAndDisplacedPersons</c> → "Refugees and displaced persons".</summary>
    public static string Words(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var text = new StringBuilder(pascal.Length + 8);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    public static string Tier(int? tier) => tier switch
    {
        1 => "Tier 1 · fast track",
        2 => "Tier 2 · standard review",
        3 => "Tier 3 · enhanced joint review",
        4 => "Tier 4 · refuse unless exceptional",
        _ => "Not assessed",
    };

    public static Color TierColor(int? tier) => tier switch
    {
        1 => Color.Success,
        2 => Color.Info,
        3 => Color.Warning,
        4 => Color.Error,
        _ => Color.Default,
    };

    public static Color StatusColor(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => Color.Primary,
        ApplicationStatus.Withdrawn => Color.Dark,
        _ => Color.Default,
    };

    public static Color ScreeningColor(ScreeningStatus status) => status switch
    {
        ScreeningStatus.Clear => Color.Success,
        ScreeningStatus.PendingAdjudication => Color.Warning,
        ScreeningStatus.ConfirmedMatch => Color.Error,
        _ => Color.Default,
    };
}
