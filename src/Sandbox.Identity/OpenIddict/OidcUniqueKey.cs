using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Identity.OpenIddict;

/// <summary>
/// A claim on a unique value (a client id, a scope name). Its id is derived from the value, so the
/// store's create conflict lets only one owner hold it; <see cref="ClaimedAt"/> tells a claim in
/// progress from one left behind by a crash.
/// </summary>
internal sealed record OidcUniqueKey(string Id, string OwnerId, DateTimeOffset ClaimedAt)
{
    // Hashed because the values may hold characters an id cannot (client ids are often URIs).
    public static string Derive(string kind, string value) =>
        kind + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
