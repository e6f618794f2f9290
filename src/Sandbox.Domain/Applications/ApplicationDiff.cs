using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Sandbox.Domain.Applications;

/// <summary>
/// The fields that changed between two versions of an application, in form order. Lists of values
/// (capabilities, data categories) compare as one field; lists of records compare entry by entry.
/// </summary>
public static class ApplicationDiff
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IReadOnlyList<FieldChange> Between(ApplicationContent before, ApplicationContent after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = Flatten(before);
        var @new = Flatten(after);
        var fields = @new.Keys.Concat(old.Keys.Where(k => !@new.ContainsKey(k))).ToList();
        var changes = new List<FieldChange>();
        foreach (var field in fields)
        {
            old.TryGetValue(field, out var was);
            @new.TryGetValue(field, out var @is);
            if (!string.Equals(was, @is, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, Label(field), was, @is));
            }
        }

        return changes;
    }

    private static Dictionary<string, string> Flatten(ApplicationContent content)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(JsonSerializer.SerializeToNode(content, Json), string.Empty, leaves);
        return leaves;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string> leaves)
    {
        switch (node)
        {
            case null:
                return;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, path.Length == 0 ? name : path + "." + name, leaves);
                }

                return;
            case JsonArray array when array.All(item => item is JsonValue):
                if (array.Count > 0)
                {
                    leaves[path] = string.Join(", ", array.Select(item => item!.ToString()));
                }

                return;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), leaves);
                }

                return;
            default:
                leaves[path] = node.ToString();
                return;
        }
    }

    /// <summary><c>technologyItems[0].classificationCode</c> → "Technology items › 1 › Classification code".</summary>
    private static string Label(string field)
    {
        var parts = new List<string>();
        foreach (var segment in field.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                parts.Add(Words(segment));
                continue;
            }

            parts.Add(Words(segment[..bracket]));
            var index = int.Parse(segment[(bracket + 1)..^1], CultureInfo.InvariantCulture);
            parts.Add((index + 1).ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(" › ", parts);
    }

    private static string Words(string camel)
    {
        var text = new StringBuilder(camel.Length + 8);
        foreach (var c in camel)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(text.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return text.ToString();
    }
}
