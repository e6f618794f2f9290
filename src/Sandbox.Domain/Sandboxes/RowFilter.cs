namespace Sandbox.Domain.Sandboxes;

/// <summary>A validated <see cref="GatewayFilter"/> with its field resolved and its value read as the field's type.</summary>
internal sealed class RowFilter
{
    private readonly int _index;
    private readonly string _operator;
    private readonly object? _value;
    private readonly object?[] _values = [];

    public RowFilter(GatewayFilter filter, DatasetRecipe dataset)
    {
        _index = dataset.IndexOf(filter.Field);
        if (_index < 0)
        {
            throw new ArgumentException($"'{filter.Field}' is not a field of '{dataset.Name}'; validate the query first.", nameof(filter));
        }

        var type = dataset.Fields[_index].Type;
        _operator = filter.Operator;
        if (_operator == "in")
        {
            _values = [.. filter.Value.EnumerateArray().Select(item => DatasetValues.Read(item, type))];
        }
        else
        {
            _value = DatasetValues.Read(filter.Value, type);
        }
    }

    public static RowFilter[] For(GatewayQuery query, DatasetRecipe dataset) => [.. (query.Filters ?? []).Select(f => new RowFilter(f, dataset))];

    public bool Matches(object?[] row)
    {
        var value = row[_index];
        return _operator switch
        {
            "eq" => ValueOrder.Same(value, _value),
            "ne" => !ValueOrder.Same(value, _value),
            "in" => _values.Any(candidate => ValueOrder.Same(value, candidate)),
            _ when value is null || _value is null => false,
            "lt" => ValueOrder.Compare(value, _value) < 0,
            "le" => ValueOrder.Compare(value, _value) <= 0,
            "gt" => ValueOrder.Compare(value, _value) > 0,
            "ge" => ValueOrder.Compare(value, _value) >= 0,
            _ => throw new InvalidOperationException($"Unknown operator '{_operator}'; validate the query first."),
        };
    }
}
