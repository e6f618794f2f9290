namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// Order and equality of dataset values (and of rows of them, column by column): null first, text ordinal, numbers by
/// value, false before true.
/// </summary>
internal sealed class ValueOrder : IComparer<object?[]>, IEqualityComparer<object?[]>
{
    public static ValueOrder Rows { get; } = new();

    public static int Compare(object? left, object? right) => (left, right) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string a, string b) => string.CompareOrdinal(a, b),
        (long a, long b) => a.CompareTo(b),
        (double a, double b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        (long a, double b) => ((double)a).CompareTo(b),
        (double a, long b) => a.CompareTo(b),
        _ => string.CompareOrdinal(left.GetType().Name, right.GetType().Name),
    };

    public static bool Same(object? left, object? right) => Compare(left, right) == 0;

    int IComparer<object?[]>.Compare(object?[]? x, object?[]? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var order = Compare(x[i], y[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    public bool Equals(object?[]? x, object?[]? y) =>
        x is not null && y is not null && x.Length == y.Length && x.Zip(y).All(pair => Same(pair.First, pair.Second));

    public int GetHashCode(object?[] obj)
    {
        var hash = new HashCode();
        foreach (var value in obj)
        {
            hash.Add(value is long whole ? (double)whole : value);
        }

        return hash.ToHashCode();
    }
}
