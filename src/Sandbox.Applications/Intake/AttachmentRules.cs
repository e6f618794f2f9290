using Sandbox.Domain.Applications;

namespace Sandbox.Applications.Intake;

/// <summary>Which files an application accepts: small documents and images whose bytes match their declared type.</summary>
public static class AttachmentRules
{
    /// <summary>1 MiB: base64 in a document stays well under Cosmos DB's 2 MB item limit.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly Dictionary<string, byte[]?> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "%PDF"u8.ToArray(),
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47],
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["text/plain"] = null,
        ["text/csv"] = null,
        ["application/json"] = null,
    };

    public static IReadOnlyCollection<string> ContentTypes => Types.Keys;

    public static IReadOnlyList<FieldProblem> Validate(string? fileName, string? contentType, ReadOnlySpan<byte> content)
    {
        var problems = new List<FieldProblem>();
        var name = fileName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 120 || name.IndexOfAny(['/', '\\', '\0']) >= 0 || name.Any(char.IsControl))
        {
            problems.Add(new FieldProblem("file", "Give the file a plain name of 1 to 120 characters, without folders."));
        }

        if (content.Length == 0 || content.Length > MaxBytes)
        {
            problems.Add(new FieldProblem("file", $"A file must have 1 byte to {MaxBytes / 1024} KiB."));
        }

        var type = contentType?.Split(';')[0].Trim();
        if (type is null || !Types.TryGetValue(type, out var magic))
        {
            problems.Add(new FieldProblem("file", $"Attach PDF, PNG, JPEG, plain text, CSV or JSON ({string.Join(", ", Types.Keys)})."));
        }
        else if (magic is not null && !content.StartsWith(magic))
        {
            problems.Add(new FieldProblem("file", $"The file's content is not {type}."));
        }

        return problems;
    }
}
