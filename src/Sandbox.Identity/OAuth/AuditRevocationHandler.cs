using OpenIddict.Server;
using Sandbox.Identity.Audit;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Sandbox.Identity.OAuth;

/// <summary>Audits each answered revocation request: which client, and whether it succeeded. Never the token itself.</summary>
public sealed class AuditRevocationHandler(AuditLog audit) : IOpenIddictServerHandler<ApplyRevocationResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyRevocationResponseContext>()
            .UseScopedHandler<AuditRevocationHandler>()
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ApplyRevocationResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clientId = context.Request?.ClientId ?? AuditLog.Anonymous;
        var outcome = string.IsNullOrEmpty(context.Error) ? AuditOutcome.Succeeded : AuditOutcome.Refused;
        var details = new Dictionary<string, string>
        {
            ["tokenTypeHint"] = context.Request?.TokenTypeHint ?? "none",
            ["error"] = context.Error ?? "none",
        };
        await audit.AppendAsync(AuditEventTypes.TokenRevoked, clientId, clientId, outcome, details);
    }
}
