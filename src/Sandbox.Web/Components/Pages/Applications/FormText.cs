using System.Globalization;

namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>Text as the wizard's inputs hold it: blank means absent, dates are the <c>yyyy-MM-dd</c> of an HTML date input.</summary>
public static class FormText
{
    public const string DatePattern = "yyyy-MM-dd";

    public static string? Date(DateOnly? day) => day?.ToString(DatePattern, CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DatePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Null for empty or blank text, so a cleared input saves as absent.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
