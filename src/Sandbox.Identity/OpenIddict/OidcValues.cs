using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Sandbox.Identity.OpenIddict;

/// <summary>Conversions between OpenIddict's immutable values and the plain shapes documents hold.</summary>
internal static class OidcValues
{
    public static ImmutableArray<string> ToImmutable(IReadOnlyList<string>? values) => values is null ? [] : [.. values];

    public static IReadOnlyList<string> FromImmutable(ImmutableArray<string> values) => values.IsDefaultOrEmpty ? [] : [.. values];

    public static ImmutableDictionary<CultureInfo, string> ToCultures(IReadOnlyDictionary<string, string>? values) =>
        values is null
            ? ImmutableDictionary<CultureInfo, string>.Empty
            : values.ToImmutableDictionary(pair => CultureInfo.GetCultureInfo(pair.Key), pair => pair.Value);

    public static IReadOnlyDictionary<string, string>? FromCultures(ImmutableDictionary<CultureInfo, string>? values) =>
        values is null || values.IsEmpty ? null : values.ToDictionary(pair => pair.Key.Name, pair => pair.Value, StringComparer.Ordinal);

    public static ImmutableDictionary<string, string> ToImmutable(IReadOnlyDictionary<string, string>? values) =>
        values is null ? ImmutableDictionary<string, string>.Empty : values.ToImmutableDictionary(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string>? FromImmutable(ImmutableDictionary<string, string>? values) =>
        values is null || values.IsEmpty ? null : values.ToDictionary(StringComparer.Ordinal);

    public static ImmutableDictionary<string, JsonElement> ToImmutable(IReadOnlyDictionary<string, JsonElement>? values) =>
        values is null ? ImmutableDictionary<string, JsonElement>.Empty : values.ToImmutableDictionary(StringComparer.Ordinal);

    // Cloned so a stored value never depends on a JsonDocument the caller may dispose.
    public static IReadOnlyDictionary<string, JsonElement>? FromImmutable(ImmutableDictionary<string, JsonElement>? values) =>
        values is null || values.IsEmpty ? null : values.ToDictionary(pair => pair.Key, pair => pair.Value.Clone(), StringComparer.Ordinal);

    /// <summary>Dates are stored in UTC, because the store compares them as ISO-8601 text.</summary>
    public static DateTimeOffset? Utc(DateTimeOffset? date) => date?.ToUniversalTime();
}
