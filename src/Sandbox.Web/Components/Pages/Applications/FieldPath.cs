namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>The JSON paths the services name fields by, such as <c>parties[1].country</c>.</summary>
public static class FieldPath
{
    /// <summary>Whether <paramref name="field"/> is <paramref name="prefix"/> or lies under it (<c>parties[1].country</c> is under <c>parties</c>).</summary>
    public static bool IsWithin(string field, string prefix)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(prefix);
        return field == prefix
            || (field.Length > prefix.Length && field.StartsWith(prefix, StringComparison.Ordinal) && field[prefix.Length] is '.' or '[');
    }

    public static string At(string list, int index, string field) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{list}[{index}].{field}");
}
