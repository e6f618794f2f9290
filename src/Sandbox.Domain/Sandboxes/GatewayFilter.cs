using System.Text.Json;

namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// <paramref name="Field"/> compared with <paramref name="Value"/> by <c>eq</c>, <c>ne</c>, <c>lt</c>, <c>le</c>, <c>gt</c>,
/// <c>ge</c>, or <c>in</c> (an array). <c>eq null</c> matches rows without a value; no ordering matches them.
/// </summary>
public sealed record GatewayFilter(string Field, string Operator, JsonElement Value);
