namespace Sandbox.Domain.Sandboxes;

/// <summary>The aggregate functions and filter operators of the gateway's query model.</summary>
public static class GatewayFunctions
{
    public const string Count = "count";
    public const string Sum = "sum";
    public const string Avg = "avg";
    public const string Min = "min";
    public const string Max = "max";

    public static IReadOnlyList<string> Aggregates { get; } = [Count, Sum, Avg, Min, Max];

    public static IReadOnlyList<string> Operators { get; } = ["eq", "ne", "lt", "le", "gt", "ge", "in"];
}
