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
}
