namespace Sandbox.Domain.Screening;

/// <summary>The ids of the lists screened together.</summary>
public static class ScreeningLists
{
    /// <summary>The US Treasury OFAC Specially Designated Nationals list, imported from its legacy CSV.</summary>
    public const string OfacSdn = "ofac-sdn";

    /// <summary>Denials notified by allied authorities (EU 2021/821 Art. 16), recorded in this system.</summary>
    public const string AlliedDenials = "allied-denials";
}
