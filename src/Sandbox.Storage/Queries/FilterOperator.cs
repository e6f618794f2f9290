namespace Sandbox.Storage.Queries;

public enum FilterOperator
{
    Equal,
    NotEqual,
    In,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,

    /// <summary>The field is an array that holds the value.</summary>
    ArrayContains,
}
