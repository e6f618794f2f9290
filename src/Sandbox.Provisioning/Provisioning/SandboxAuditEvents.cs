namespace Sandbox.Provisioning.Provisioning;

/// <summary>Audit event types of sandboxes, the gateway and the airlock.</summary>
public static class SandboxAuditEvents
{
    public const string Provisioned = "sandbox.provisioned";
    public const string AccessWithdrawn = "sandbox.access-withdrawn";
    public const string CredentialsShown = "sandbox.credentials-shown";
    public const string Purged = "sandbox.purged";
    public const string TemplateUpgraded = "sandbox.template-upgraded";
    public const string GatewayRequest = "sandbox.gateway-request";
    public const string Export = "sandbox.export";
}
