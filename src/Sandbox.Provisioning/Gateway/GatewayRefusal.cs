using Sandbox.Domain.Sandboxes;

namespace Sandbox.Provisioning.Gateway;

/// <summary>Why the gateway refused a request: the HTTP status, the condition that refused it, and what to do.</summary>
public sealed record GatewayRefusal(int Status, string Condition, string Title, string Detail, TimeSpan? RetryAfter = null, IReadOnlyList<QueryProblem>? Problems = null)
{
    public static GatewayRefusal NotFound(string sandboxId) =>
        new(404, "sandbox", "No such sandbox", $"There is no sandbox '{sandboxId}' you can reach.");

    public static GatewayRefusal Forbidden(string condition, string title, string detail) => new(403, condition, title, detail);
}
