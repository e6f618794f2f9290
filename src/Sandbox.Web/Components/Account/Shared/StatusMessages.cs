using MudBlazor;

namespace Sandbox.Web.Components.Account;

/// <summary>
/// Status messages travel as plain text (also through the status cookie of a redirect), so their
/// severity is a prefix: "Error: " and "Warning: "; anything else reports a success.
/// </summary>
public static class StatusMessages
{
    private const string ErrorPrefix = "Error: ";
    private const string WarningPrefix = "Warning: ";

    public static string Error(string text) => ErrorPrefix + text;

    public static string Warning(string text) => WarningPrefix + text;

    public static (Severity Severity, string Text) Parse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.StartsWith(ErrorPrefix, StringComparison.Ordinal))
        {
            return (Severity.Error, message[ErrorPrefix.Length..]);
        }

        return message.StartsWith(WarningPrefix, StringComparison.Ordinal)
            ? (Severity.Warning, message[WarningPrefix.Length..])
            : (Severity.Success, message);
    }
}
