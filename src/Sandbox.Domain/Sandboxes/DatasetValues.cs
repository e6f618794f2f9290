using System.Globalization;
using System.Text.Json;

namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// Dataset values as CLR objects: <see cref="string"/> for text and timestamps, <see cref="long"/>, <see cref="double"/>
/// and <see cref="bool"/>; null is no value.
/// </summary>
public static class DatasetValues
{
    /// <summary>A value stored in a JSON row back as the object <see cref="SyntheticDataGenerator"/> made; null stays null.</summary>
    /// <exception cref="FormatException">The JSON value does not fit <paramref name="type"/>.</exception>
    public static object? Read(JsonElement value, FieldType type)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        return type switch
        {
            FieldType.String when value.ValueKind == JsonValueKind.String => value.GetString(),
            FieldType.Timestamp when value.ValueKind == JsonValueKind.String && Timestamps.IsValid(value.GetString()) => value.GetString(),
            FieldType.Integer when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var whole) => whole,
            FieldType.Decimal when value.ValueKind == JsonValueKind.Number => value.GetDouble(),
            FieldType.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
            _ => throw new FormatException($"The JSON {value.ValueKind.ToString().ToLowerInvariant()} {value.GetRawText()} is not a {Describe(type)}."),
        };
    }

    /// <summary>Whether <paramref name="value"/> is a JSON value of <paramref name="type"/> (null included).</summary>
    public static bool Fits(JsonElement value, FieldType type)
    {
        try
        {
            Read(value, type);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Text such as a <c>choice</c> value (<c>"443"</c>, <c>"0.5"</c>, <c>"true"</c>) as a value of <paramref name="type"/>, invariant culture.</summary>
    public static bool TryParse(string? text, FieldType type, out object? value)
    {
        value = null;
        switch (type)
        {
            case FieldType.String when text is not null:
                value = text;
                return true;
            case FieldType.Timestamp when Timestamps.IsValid(text):
                value = text;
                return true;
            case FieldType.Integer when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole):
                value = whole;
                return true;
            case FieldType.Decimal when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                value = number;
                return true;
            case FieldType.Boolean when bool.TryParse(text, out var flag) && text is "true" or "false":
                value = flag;
                return true;
            default:
                return false;
        }
    }

    /// <summary>"text", "whole number", "number", "true or false" or "timestamp yyyy-MM-ddTHH:mm:ssZ".</summary>
    public static string Describe(FieldType type) => type switch
    {
        FieldType.String => "text",
        FieldType.Integer => "whole number",
        FieldType.Decimal => "number",
        FieldType.Boolean => "true or false",
        _ => "timestamp yyyy-MM-ddTHH:mm:ssZ",
    };
}
