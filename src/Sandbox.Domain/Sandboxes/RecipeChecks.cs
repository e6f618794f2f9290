using System.Globalization;
using System.Text.RegularExpressions;

namespace Sandbox.Domain.Sandboxes;

/// <summary>The rules a dataset recipe keeps; <see cref="GeneratorChecks"/> holds those of each generator.</summary>
internal static partial class RecipeChecks
{
    public const int MaxRows = 1_000_000;
    public const int MaxFields = 200;
    public const int MaxNameLength = 64;

    public static List<RecipeProblem> Check(DatasetRecipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var problems = new List<RecipeProblem>();
        if (string.IsNullOrEmpty(recipe.Name) || recipe.Name.Length > MaxNameLength || !DatasetName().IsMatch(recipe.Name))
        {
            problems.Add(new("name", $"'{recipe.Name}' is not a dataset name: lower-case letters, digits and underscores, starting with a letter, at most {MaxNameLength}."));
        }

        if (string.IsNullOrWhiteSpace(recipe.Description))
        {
            problems.Add(new("description", $"dataset '{recipe.Name}' needs a description."));
        }

        if (recipe.RowCount is < 1 or > MaxRows)
        {
            problems.Add(new("rowCount", Text($"dataset '{recipe.Name}': rowCount must be 1 to {MaxRows:N0}; it is {recipe.RowCount:N0}.")));
        }

        var fields = recipe.Fields ?? [];
        if (fields.Count is 0 or > MaxFields)
        {
            problems.Add(new("fields", Text($"dataset '{recipe.Name}' must have 1 to {MaxFields} fields; it has {fields.Count}.")));
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            var at = Text($"fields[{i}]");
            if (fields[i] is not { } field)
            {
                problems.Add(new(at, "the field is empty."));
                continue;
            }

            CheckField(at, field, problems);
            if (!string.IsNullOrEmpty(field.Name) && !seen.TryAdd(field.Name, i))
            {
                problems.Add(new(at + ".name", Text($"field '{field.Name}': the name is used by fields[{seen[field.Name]}] already (names are compared ignoring case).")));
            }
        }

        return problems;
    }

    private static void CheckField(string at, DatasetField field, List<RecipeProblem> problems)
    {
        var who = $"field '{field.Name}'";
        if (string.IsNullOrEmpty(field.Name) || field.Name.Length > MaxNameLength || !FieldName().IsMatch(field.Name))
        {
            problems.Add(new(at + ".name", $"{who}: a name is letters, digits and underscores, starting with a letter, at most {MaxNameLength}."));
        }

        if (!Enum.IsDefined(field.Type))
        {
            problems.Add(new(at + ".type", $"{who}: unknown type {field.Type}."));
        }

        if (!Enum.IsDefined(field.Class))
        {
            problems.Add(new(at + ".class", $"{who}: unknown class {field.Class}."));
        }

        if (field.Generator is null)
        {
            problems.Add(new(at + ".generator", $"{who}: say how the values are generated."));
            return;
        }

        GeneratorChecks.Check(at + ".generator", who, field.Type, field.Generator, problems);
    }

    internal static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex DatasetName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex FieldName();
}
