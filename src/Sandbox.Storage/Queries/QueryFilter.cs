using Sandbox.Storage.Documents;

namespace Sandbox.Storage.Queries;

/// <summary>
/// One condition on a declared field. Values are strings, booleans, integers, doubles or
/// <see cref="DateTimeOffset"/> (compared as UTC ISO-8601 text, the way documents store them).
/// </summary>
public sealed record QueryFilter(FieldPath Field, FilterOperator Operator, IReadOnlyList<object> Values)
{
    public static QueryFilter Equal(string field, object value) => new(FieldPath.Parse(field), FilterOperator.Equal, [value]);

    public static QueryFilter NotEqual(string field, object value) => new(FieldPath.Parse(field), FilterOperator.NotEqual, [value]);

    public static QueryFilter In(string field, params object[] values) => new(FieldPath.Parse(field), FilterOperator.In, values);

    public static QueryFilter GreaterThan(string field, object value) => new(FieldPath.Parse(field), FilterOperator.GreaterThan, [value]);

    public static QueryFilter AtLeast(string field, object value) => new(FieldPath.Parse(field), FilterOperator.GreaterThanOrEqual, [value]);

    public static QueryFilter LessThan(string field, object value) => new(FieldPath.Parse(field), FilterOperator.LessThan, [value]);

    public static QueryFilter ArrayContains(string field, object value) => new(FieldPath.Parse(field), FilterOperator.ArrayContains, [value]);

    public static QueryFilter AtMost(string field, object value) => new(FieldPath.Parse(field), FilterOperator.LessThanOrEqual, [value]);
}
