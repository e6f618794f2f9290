using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Domain.Screening;

/// <summary>
/// What an entry's content is, for change detection: its name, type, aliases, countries, programs, remarks and
/// details; never its list or id. The hash is lower-case hex SHA-256 over a canonical text of those fields
/// (lists in their order, details sorted by key), prefixed with the scheme <see cref="Scheme"/>.
/// </summary>
public static class ListedPartyContent
{
    /// <summary>Changing the canonical form changes every hash: the next import reports every entry as changed.</summary>
    public const string Scheme = "v1";

    public const string Name = "name";
    public const string Type = "type";
    public const string Aliases = "aliases";
    public const string Countries = "countries";
    public const string Programs = "programs";
    public const string Remarks = "remarks";

    /// <summary>Detail fields are reported as <c>details.KEY</c>.</summary>
    public const string DetailsPrefix = "details.";

    private const char FieldSeparator = '\u001f';
    private const char ItemSeparator = '\u001e';

    public static string Hash(ListedParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        var text = new StringBuilder(Scheme);
        void Field(string value) => text.Append(FieldSeparator).Append(value);
        Field(party.Name);
        Field(party.Type.ToString());
        Field(string.Join(ItemSeparator, party.Aliases));
        Field(string.Join(ItemSeparator, party.Countries));
        Field(string.Join(ItemSeparator, party.Programs));
        Field(party.Remarks ?? string.Empty);
        foreach (var (key, value) in party.Details.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            Field(string.Create(CultureInfo.InvariantCulture, $"{key}={value}"));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The fields that differ between two versions of an entry, in a fixed order.</summary>
    public static IReadOnlyList<string> ChangedFields(ListedParty before, ListedParty after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = new List<string>();
        if (!string.Equals(before.Name, after.Name, StringComparison.Ordinal))
        {
            changed.Add(Name);
        }

        if (before.Type != after.Type)
        {
            changed.Add(Type);
        }

        if (!before.Aliases.SequenceEqual(after.Aliases, StringComparer.Ordinal))
        {
            changed.Add(Aliases);
        }

        if (!before.Countries.SequenceEqual(after.Countries, StringComparer.Ordinal))
        {
            changed.Add(Countries);
        }

        if (!before.Programs.SequenceEqual(after.Programs, StringComparer.Ordinal))
        {
            changed.Add(Programs);
        }

        if (!string.Equals(before.Remarks, after.Remarks, StringComparison.Ordinal))
        {
            changed.Add(Remarks);
        }

        foreach (var key in before.Details.Keys.Union(after.Details.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!string.Equals(before.Details.GetValueOrDefault(key), after.Details.GetValueOrDefault(key), StringComparison.Ordinal))
            {
                changed.Add(DetailsPrefix + key);
            }
        }

        return changed;
    }
}
