namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// How a synthetic column is drawn. <see cref="Kind"/> is one of <see cref="GeneratorKinds.All"/>; each kind reads only the
/// parameters listed beside it there, and <see cref="SyntheticDataGenerator.Validate"/> refuses any other.
/// </summary>
public sealed record FieldGenerator
{
    public required string Kind { get; init; }

    /// <summary><c>sequence</c>: text before the number; <c>ipv4</c>: the fixed leading octets, such as <c>10.20.</c>.</summary>
    public string? Prefix { get; init; }

    /// <summary><c>sequence</c>: the number of row 0 (default 1).</summary>
    public long? Start { get; init; }

    /// <summary><c>sequence</c> of text: the number is zero-padded to this many digits.</summary>
    public int? Width { get; init; }

    /// <summary><c>choice</c>: the values, written as text (<c>"443"</c> for an integer column).</summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary><c>choice</c>: relative weights, one per value (default: all equal).</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary><c>uniform</c>: the smallest value; <c>normal</c>: values below are raised to it.</summary>
    public double? Min { get; init; }

    /// <summary><c>uniform</c>: the largest value; <c>normal</c>: values above are lowered to it.</summary>
    public double? Max { get; init; }

    /// <summary><c>uniform</c> and <c>normal</c> decimals: rounded to this many places (default 2).</summary>
    public int? Decimals { get; init; }

    /// <summary><c>normal</c>: the mean.</summary>
    public double? Mean { get; init; }

    /// <summary><c>normal</c>: the standard deviation.</summary>
    public double? StdDev { get; init; }

    /// <summary><c>timestamp</c>: the earliest instant, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public string? From { get; init; }

    /// <summary><c>timestamp</c>: the latest instant, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public string? To { get; init; }

    /// <summary><c>boolean</c>: the chance of <c>true</c>, 0 to 1.</summary>
    public double? Probability { get; init; }

    /// <summary><c>pattern</c>: <c>#</c> a digit, <c>A</c> a capital letter, <c>x</c> a hex digit, <c>\</c> escapes the next character; anything else is copied.</summary>
    public string? Pattern { get; init; }

    /// <summary>Any kind: the chance that a row has no value (null), 0 to 1.</summary>
    public double? NullProbability { get; init; }
}
