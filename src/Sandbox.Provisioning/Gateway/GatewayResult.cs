using System.Diagnostics.CodeAnalysis;

namespace Sandbox.Provisioning.Gateway;

/// <summary>Either what was asked for or the refusal, never both.</summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The conversion and factory are never called with explicit type arguments.")]
public sealed record GatewayResult<T>(T? Value, GatewayRefusal? Refusal)
    where T : class
{
    public static implicit operator GatewayResult<T>(GatewayRefusal refusal) => new(null, refusal);

    public static GatewayResult<T> Of(T value) => new(value, null);
}
