using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Oversight.Misuse;

public static class MisuseFollowUp
{
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(MisuseReport report, string? key) =>
        report.FollowUpKeyHash is { } hash && !string.IsNullOrEmpty(key)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(Hash(key)));
}
