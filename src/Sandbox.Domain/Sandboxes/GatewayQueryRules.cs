using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sandbox.Domain.Licensing;

namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// Whether a gateway query is well formed (<see cref="Validate"/>, a 400) and whether the licence allows it
/// (<see cref="Enforce"/>, a 403), and, before an export leaves, <see cref="CheckExport"/>.
/// </summary>
public static partial class GatewayQueryRules
{
    /// <summary>The limit when the query names none and the licence sets no <c>maxRowsPerQuery</c>.</summary>
    public const int DefaultLimit = 1000;

    /// <summary>No query returns more rows than this, whatever it or the licence says.</summary>
    public const int HardLimit = 10000;

    public const int MaxSelected = 20;
    public const int MaxAggregates = 20;
    public const int MaxFilters = 20;
    public const int MaxGroupBy = 10;
    public const int MaxOrderBy = 5;
    public const int MaxInValues = 100;

    /// <summary>The rows a query returns at most: its limit, else the licence's, else <see cref="DefaultLimit"/>; never above the licence's or <see cref="HardLimit"/>.</summary>
    public static int EffectiveLimit(GatewayQuery query, LicenceConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(conditions);
        var limit = query.Limit ?? conditions.MaxRowsPerQuery ?? DefaultLimit;
        return Math.Max(0, Math.Min(Math.Min(limit, conditions.MaxRowsPerQuery ?? HardLimit), HardLimit));
    }

    /// <summary>Problems with the query's shape against the sandbox's datasets, each at its JSON path; empty when it can run.</summary>
    public static IReadOnlyList<QueryProblem> Validate(GatewayQuery query, IReadOnlyList<DatasetRecipe> datasets)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(datasets);
        var problems = new List<QueryProblem>();
        var known = string.Join(", ", datasets.Select(d => d.Name));
        var dataset = datasets.FirstOrDefault(d => string.Equals(d.Name, query.Dataset, StringComparison.Ordinal));
        if (dataset is null)
        {
            problems.Add(new("dataset", string.IsNullOrEmpty(query.Dataset)
                ? $"Name the dataset to query; this sandbox has: {known}."
                : $"This sandbox has no dataset '{query.Dataset}'; it has: {known} (names are case-sensitive)."));
            return problems;
        }

        if (query.Purpose is { Length: > LicenceConditionLimits.MaxPurposeLength })
        {
            problems.Add(new("purpose", Text($"A purpose is at most {LicenceConditionLimits.MaxPurposeLength} characters.")));
        }

        var check = new QueryShape(query, dataset, problems);
        check.Kind();
        check.Selected();
        check.Aggregated();
        check.Grouped();
        check.Filtered();
        check.Ordered();
        if (query.Limit is < 1 or > HardLimit)
        {
            problems.Add(new("limit", Text($"The limit must be 1 to {HardLimit:N0}.")));
        }

        return problems;
    }

    internal static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static string At(string list, int index) => Text($"{list}[{index}]");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    internal static partial Regex ColumnName();

    /// <summary>Whether <paramref name="value"/> fits a filter on a field of <paramref name="type"/>; null only for eq, ne and in.</summary>
    internal static string? ValueProblem(JsonElement value, FieldType type, bool nullAllowed) => value.ValueKind switch
    {
        JsonValueKind.Undefined => "Give a value to compare with.",
        JsonValueKind.Null => nullAllowed ? null : "Only eq, ne and in compare with null.",
        _ when !DatasetValues.Fits(value, type) => $"{value.GetRawText()} is not a {DatasetValues.Describe(type)}.",
        _ => null,
    };
}
