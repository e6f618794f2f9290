namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// One aggregate over one group's rows. Nulls are skipped: count of a field counts its values, and sum, avg, min and max
/// of no values are null.
/// </summary>
internal sealed class Accumulator(string function, int index, FieldType type)
{
    private long _rows;
    private long _values;
    private long _wholeSum;
    private double _sum;
    private object? _best;

    /// <summary>The group's rows, values or not: its cell size.</summary>
    public long Rows => _rows;

    /// <summary>
    /// The result, or null when it describes fewer than <paramref name="minimumCellSize"/> values: a field's aggregate
    /// is computed over its non-null values only, so a large group with few values would otherwise give them away.
    /// </summary>
    public object? ResultAtLeast(int? minimumCellSize) => index >= 0 && minimumCellSize is { } size && _values < size ? null : Result;

    public void Add(object?[] row)
    {
        _rows++;
        if (index < 0 || row[index] is not { } value)
        {
            return;
        }

        _values++;
        switch (function)
        {
            case GatewayFunctions.Sum or GatewayFunctions.Avg when value is long whole:
                _wholeSum = checked(_wholeSum + whole);
                break;
            case GatewayFunctions.Sum or GatewayFunctions.Avg:
                _sum += (double)value;
                break;
            case GatewayFunctions.Min when _best is null || ValueOrder.Compare(value, _best) < 0:
            case GatewayFunctions.Max when _best is null || ValueOrder.Compare(value, _best) > 0:
                _best = value;
                break;
        }
    }

    public object? Result => function switch
    {
        GatewayFunctions.Count => index < 0 ? _rows : _values,
        _ when _values == 0 => null,
        GatewayFunctions.Sum => type == FieldType.Integer ? (object)_wholeSum : _sum,
        GatewayFunctions.Avg => (type == FieldType.Integer ? (double)_wholeSum : _sum) / _values,
        _ => _best,
    };
}
