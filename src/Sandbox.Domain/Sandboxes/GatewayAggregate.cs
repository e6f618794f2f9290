using System.Text.Json.Serialization;

namespace Sandbox.Domain.Sandboxes;

/// <summary>One of <see cref="GatewayFunctions"/> over <paramref name="Field"/> (optional for <c>count</c>), named <paramref name="As"/>.</summary>
public sealed record GatewayAggregate(string Function, string? Field = null, string? As = null)
{
    /// <summary>The result column: <c>As</c>, else <c>count</c> or <c>&lt;function&gt;_&lt;field&gt;</c> such as <c>sum_bytes</c>.</summary>
    [JsonIgnore]
    public string Column => As ?? (Field is null ? Function : $"{Function}_{Field}");
}
