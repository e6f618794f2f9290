namespace Sandbox.Applications.Screening;

/// <summary>The audited events of screening, named once.</summary>
public static class ScreeningAuditEvents
{
    /// <summary>A list import: succeeded (with counts), failed (malformed file) or refused (another import running, mass removal).</summary>
    public const string ListImported = "screening.list-imported";

    public const string AlliedDenialRegistered = "screening.allied-denial-registered";

    public const string AlliedDenialWithdrawn = "screening.allied-denial-withdrawn";

    /// <summary>An allied authority changed or renewed a denial it notified before (an exchange import).</summary>
    public const string AlliedDenialRenewed = "screening.allied-denial-renewed";

    /// <summary>A regulator adjudicated a hit (first time or again).</summary>
    public const string HitAdjudicated = "screening.hit-adjudicated";
}
