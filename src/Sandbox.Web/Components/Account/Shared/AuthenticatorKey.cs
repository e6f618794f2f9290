using System.Globalization;
using System.Text;

namespace Sandbox.Web.Components.Account;

/// <summary>How an authenticator key is shown to people and handed to authenticator apps.</summary>
public static class AuthenticatorKey
{
    public const string Issuer = "Sandbox";

    /// <summary>The key in lower-case groups of four, the way it is easiest to type.</summary>
    public static string Format(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var start = 0; start < key.Length; start += 4)
        {
            if (start > 0)
            {
                text.Append(' ');
            }

            text.Append(key.AsSpan(start, Math.Min(4, key.Length - start)));
        }

        return text.ToString().ToLowerInvariant();
    }

    /// <summary>The key URI format of Google Authenticator, which every common app reads.</summary>
    public static string Uri(string email, string key) => string.Create(
        CultureInfo.InvariantCulture,
        $"otpauth://totp/{Issuer}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={Issuer}&digits=6");
}
