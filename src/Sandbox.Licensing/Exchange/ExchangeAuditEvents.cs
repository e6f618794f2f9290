namespace Sandbox.Licensing.Exchange;

/// <summary>The audited events of the allied exchange.</summary>
public static class ExchangeAuditEvents
{
    /// <summary>A document left this instance (with its record count and <c>since</c>).</summary>
    public const string Export = "allies.export";

    /// <summary>A document was imported (added, updated, unchanged, expired counts) or refused by the schema.</summary>
    public const string Import = "allies.import";
}
