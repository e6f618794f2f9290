using System.Globalization;

namespace Sandbox.Domain.Sandboxes;

/// <summary>A template's semantic version <c>major.minor.patch</c>: a new minor or patch keeps what sandboxes rely on, a new major may not.</summary>
public readonly record struct TemplateVersion(int Major, int Minor, int Patch) : IComparable<TemplateVersion>
{
    /// <exception cref="FormatException">The text is not three numbers joined by dots, such as <c>1.2.0</c>, without leading zeros.</exception>
    public static TemplateVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a semantic version such as 1.2.0.");

    public static bool TryParse(string? text, out TemplateVersion version)
    {
        version = default;
        var parts = text?.Split('.');
        if (parts is not { Length: 3 })
        {
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < 3; i++)
        {
            var part = parts[i];
            if (part.Length == 0 || part.Length > 9 || !part.All(char.IsAsciiDigit) || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }

            numbers[i] = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        version = new TemplateVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <summary>Whether a sandbox on this version may move to <paramref name="newer"/> as it is: the same major, and newer.</summary>
    public bool IsCompatibleUpgradeTo(TemplateVersion newer) => newer.Major == Major && newer > this;

    public int CompareTo(TemplateVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");

    public static bool operator <(TemplateVersion left, TemplateVersion right) => left.CompareTo(right) < 0;

    public static bool operator <=(TemplateVersion left, TemplateVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >(TemplateVersion left, TemplateVersion right) => left.CompareTo(right) > 0;

    public static bool operator >=(TemplateVersion left, TemplateVersion right) => left.CompareTo(right) >= 0;
}
