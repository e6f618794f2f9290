using System.Globalization;
using System.Text.RegularExpressions;
using static Sandbox.Domain.Sandboxes.RecipeChecks;

namespace Sandbox.Domain.Sandboxes;

/// <summary>The parameters each generator kind needs, and the ranges they keep.</summary>
internal static partial class GeneratorChecks
{
    public const int MaxDecimals = 6;
    public const int MaxWidth = 18;
    public const int MaxChoices = 1000;

    /// <summary>Integers beyond this lose precision as doubles.</summary>
    private const double MaxExactInteger = 9_007_199_254_740_992;

    public static void Check(string at, string who, FieldType type, FieldGenerator g, List<RecipeProblem> problems)
    {
        void Add(string parameter, string message) => problems.Add(new(parameter.Length == 0 ? at : $"{at}.{parameter}", $"{who}: {message}"));

        if (!GeneratorKinds.All.Contains(g.Kind, StringComparer.Ordinal))
        {
            Add("kind", $"unknown generator kind '{g.Kind}'; use one of {string.Join(", ", GeneratorKinds.All)}.");
            return;
        }

        if (!GeneratorKinds.TypesOf(g.Kind).Contains(type))
        {
            Add("kind", $"a {g.Kind} generator cannot fill a {type} field; it fills {string.Join(", ", GeneratorKinds.TypesOf(g.Kind))}.");
            return;
        }

        var allowed = GeneratorKinds.ParametersOf(g.Kind);
        foreach (var (name, set) in Parameters(g))
        {
            if (set && !allowed.Contains(name, StringComparer.Ordinal))
            {
                Add(name, $"'{name}' has no meaning for a {g.Kind} generator.");
            }
        }

        if (g.NullProbability is { } nulls && !IsProbability(nulls))
        {
            Add("nullProbability", "nullProbability must be 0 to 1.");
        }

        switch (g.Kind)
        {
            case GeneratorKinds.Sequence:
                if (type == FieldType.String && g.Start is < 0)
                {
                    Add("start", "a text sequence starts at 0 or above.");
                }

                if (g.Width is < 1 or > MaxWidth)
                {
                    Add("width", Text($"width must be 1 to {MaxWidth}."));
                }

                break;
            case GeneratorKinds.Choice:
                CheckChoice(type, g, Add);
                break;
            case GeneratorKinds.Uniform:
            case GeneratorKinds.Normal:
                CheckNumbers(type, g, Add);
                break;
            case GeneratorKinds.Boolean:
                if (g.Probability is not { } p || !IsProbability(p))
                {
                    Add("probability", "probability (of true) must be given, 0 to 1.");
                }

                break;
            case GeneratorKinds.Timestamp:
                CheckInstants(g, Add);
                break;
            case GeneratorKinds.Pattern:
                if (string.IsNullOrEmpty(g.Pattern) || !g.Pattern.Any(c => c is '#' or 'A' or 'x'))
                {
                    Add("pattern", "pattern must contain at least one # (digit), A (letter) or x (hex digit).");
                }

                break;
            default:
                if (!string.IsNullOrEmpty(g.Prefix) && !AddressPrefix().IsMatch(g.Prefix))
                {
                    Add("prefix", $"'{g.Prefix}' is not 1 to 3 leading octets ending in a dot, such as 10.20.");
                }

                break;
        }
    }

    private static void CheckChoice(FieldType type, FieldGenerator g, Action<string, string> add)
    {
        var values = g.Values ?? [];
        if (values.Count is 0 or > MaxChoices)
        {
            add("values", Text($"values must list 1 to {MaxChoices} values."));
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (!DatasetValues.TryParse(values[i], type, out _))
            {
                add(Text($"values[{i}]"), $"'{values[i]}' is not a {DatasetValues.Describe(type)}.");
            }
        }

        if (g.Weights is not { } weights)
        {
            return;
        }

        if (weights.Count != values.Count)
        {
            add("weights", Text($"weights must give one weight per value: {values.Count} values, {weights.Count} weights."));
        }
        else if (weights.Any(w => !double.IsFinite(w) || w < 0) || weights.Sum() <= 0)
        {
            add("weights", "weights must be 0 or more and not all 0.");
        }
    }

    private static void CheckNumbers(FieldType type, FieldGenerator g, Action<string, string> add)
    {
        var uniform = g.Kind == GeneratorKinds.Uniform;
        if (uniform && (g.Min is null || g.Max is null))
        {
            add(g.Min is null ? "min" : "max", "a uniform generator needs min and max.");
        }

        if (!uniform && (g.Mean is not { } mean || !double.IsFinite(mean)))
        {
            add("mean", "a normal generator needs a mean.");
        }

        if (!uniform && (g.StdDev is not { } deviation || !double.IsFinite(deviation) || deviation < 0))
        {
            add("stdDev", "a normal generator needs a stdDev of 0 or more.");
        }

        foreach (var (name, value) in new[] { ("min", g.Min), ("max", g.Max) })
        {
            if (value is { } bound && (!double.IsFinite(bound) || Math.Abs(bound) > MaxExactInteger || (type == FieldType.Integer && bound != Math.Floor(bound))))
            {
                add(name, type == FieldType.Integer ? $"{name} must be a whole number for an Integer field." : $"{name} is out of range.");
            }
        }

        if (g.Min is { } min && g.Max is { } max && min > max)
        {
            add("min", Text($"min {min} is above max {max}."));
        }

        if (g.Decimals is { } decimals && (type != FieldType.Decimal || decimals is < 0 or > MaxDecimals))
        {
            add("decimals", type == FieldType.Decimal ? Text($"decimals must be 0 to {MaxDecimals}.") : "decimals has no meaning for an Integer field.");
        }
    }

    private static void CheckInstants(FieldGenerator g, Action<string, string> add)
    {
        var from = Timestamps.TryRead(g.From, out var start);
        var to = Timestamps.TryRead(g.To, out var end);
        if (!from)
        {
            add("from", $"from must be a UTC timestamp such as 2025-01-31T08:00:00Z; it is '{g.From}'.");
        }

        if (!to)
        {
            add("to", $"to must be a UTC timestamp such as 2025-01-31T08:00:00Z; it is '{g.To}'.");
        }

        if (from && to && start > end)
        {
            add("from", $"from {g.From} is after to {g.To}.");
        }
    }

    private static bool IsProbability(double value) => value is >= 0 and <= 1;

    private static IEnumerable<(string Name, bool Set)> Parameters(FieldGenerator g) =>
    [
        ("prefix", g.Prefix is not null), ("start", g.Start is not null), ("width", g.Width is not null),
        ("values", g.Values is not null), ("weights", g.Weights is not null), ("min", g.Min is not null), ("max", g.Max is not null),
        ("decimals", g.Decimals is not null), ("mean", g.Mean is not null), ("stdDev", g.StdDev is not null),
        ("from", g.From is not null), ("to", g.To is not null), ("probability", g.Probability is not null), ("pattern", g.Pattern is not null),
    ];

    [GeneratedRegex(@"^(25[0-5]\.|2[0-4]\d\.|1\d\d\.|[1-9]?\d\.){1,3}$")]
    private static partial Regex AddressPrefix();
}
