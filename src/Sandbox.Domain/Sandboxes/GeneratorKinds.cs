namespace Sandbox.Domain.Sandboxes;

/// <summary>The generator kinds a <see cref="FieldGenerator"/> may name, the column types each fills and the parameters each reads.</summary>
public static class GeneratorKinds
{
    /// <summary>Row number plus <c>start</c>: <c>prefix</c> and zero-padded to <c>width</c> for text.</summary>
    public const string Sequence = "sequence";

    /// <summary>One of <c>values</c>, drawn with <c>weights</c>.</summary>
    public const string Choice = "choice";

    /// <summary>Evenly between <c>min</c> and <c>max</c> inclusive (decimals rounded to <c>decimals</c>).</summary>
    public const string Uniform = "uniform";

    /// <summary>Bell-shaped around <c>mean</c> with <c>stdDev</c>, kept within <c>min</c>/<c>max</c> when given.</summary>
    public const string Normal = "normal";

    /// <summary><c>true</c> with <c>probability</c>.</summary>
    public const string Boolean = "boolean";

    /// <summary>An instant evenly between <c>from</c> and <c>to</c>, to the second.</summary>
    public const string Timestamp = "timestamp";

    /// <summary>Text after <c>pattern</c>.</summary>
    public const string Pattern = "pattern";

    /// <summary>An IPv4 address in the <c>prefix</c> network.</summary>
    public const string Ipv4 = "ipv4";

    public static IReadOnlyList<string> All { get; } = [Sequence, Choice, Uniform, Normal, Boolean, Timestamp, Pattern, Ipv4];

    /// <summary>The column types <paramref name="kind"/> fills (empty for an unknown kind).</summary>
    public static IReadOnlyList<FieldType> TypesOf(string kind) => kind switch
    {
        Sequence => [FieldType.String, FieldType.Integer],
        Choice => [FieldType.String, FieldType.Integer, FieldType.Decimal, FieldType.Boolean, FieldType.Timestamp],
        Uniform or Normal => [FieldType.Integer, FieldType.Decimal],
        Boolean => [FieldType.Boolean],
        Timestamp => [FieldType.Timestamp],
        Pattern or Ipv4 => [FieldType.String],
        _ => [],
    };

    /// <summary>The parameters (camelCase) <paramref name="kind"/> reads besides <c>nullProbability</c>.</summary>
    public static IReadOnlyList<string> ParametersOf(string kind) => kind switch
    {
        Sequence => ["prefix", "start", "width"],
        Choice => ["values", "weights"],
        Uniform => ["min", "max", "decimals"],
        Normal => ["mean", "stdDev", "min", "max", "decimals"],
        Boolean => ["probability"],
        Timestamp => ["from", "to"],
        Pattern => ["pattern"],
        Ipv4 => ["prefix"],
        _ => [],
    };
}
