using Sandbox.Domain.Sandboxes;

namespace Sandbox.Provisioning.Gateway;

/// <summary>Why the gateway refused a request: the HTTP status, the condition that refused it, and what to do.</summary>
/// <param name="Audited">The condition the audit log records when the caller is told less (a binding refusal answers as "not found").</param>
public sealed record GatewayRefusal(
    int Status, string Condition, string Title, string Detail, TimeSpan? RetryAfter = null, IReadOnlyList<QueryProblem>? Problems = null, string? Audited = null)
{
    public static GatewayRefusal NotFound(string sandboxId) =>
        new(404, "sandbox", "No such sandbox", $"There is no sandbox '{sandboxId}' you can reach.");

    public static GatewayRefusal Forbidden(string condition, string title, string detail) => new(403, condition, title, detail);

    /// <summary>The caller is not bound to this sandbox: answered exactly as an unknown sandbox, so ids cannot be probed.</summary>
    public static GatewayRefusal Unbound(string sandboxId) => NotFound(sandboxId) with { Audited = "binding" };
}
