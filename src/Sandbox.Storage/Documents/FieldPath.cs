using System.Text.RegularExpressions;

namespace Sandbox.Storage.Documents;

/// <summary>
/// A dotted path to a JSON property (<c>status</c>, <c>applicant.country</c>). Only plain
/// identifiers are allowed, which is what makes it safe to place a path inside query text:
/// values are always sent as parameters, never as text.
/// </summary>
public sealed partial record FieldPath
{
    private FieldPath(string value) => Value = value;

    public static FieldPath Id { get; } = new("id");

    public string Value { get; }

    public IReadOnlyList<string> Segments => Value.Split('.');

    public static FieldPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!PathPattern().IsMatch(path))
        {
            throw new ArgumentException(
                $"'{path}' is not a field path: use identifiers separated by dots, such as 'status' or 'applicant.country'.",
                nameof(path));
        }

        return new FieldPath(path);
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}(\\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,7}$")]
    private static partial Regex PathPattern();
}
