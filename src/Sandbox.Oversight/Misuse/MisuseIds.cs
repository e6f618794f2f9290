namespace Sandbox.Oversight.Misuse;

public static class MisuseIds
{
    public const string Definition = "misuse-report";
    public const string SubjectKind = "misuse-report";
    public const string ReferencePrefix = "MIS";

    public static string Instance(string reportId) => "misuse-" + reportId;

    /// <summary>
    /// <c>MIS-2026-K7QX3M9T</c>: random rather than counted, so two reports sent at the ends of a period do not tell
    /// how many came in between (the transparency report publishes that count only above its threshold).
    /// </summary>
    public static string NewReference(DateTimeOffset now)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        Span<char> code = stackalloc char[8];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ReferencePrefix}-{now.UtcDateTime.Year}-{code}");
    }
}
