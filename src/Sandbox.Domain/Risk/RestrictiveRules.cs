namespace Sandbox.Domain.Risk;

/// <summary>
/// The rules of a rule set that restrict — they add points or set a minimum tier — and so carry a review date and
/// lapse when it passes unrenewed. Each id is the code of the factor the rule produces. Credits never lapse: a lapsed
/// credit would raise scrutiny, the opposite of a sunset.
/// </summary>
public static class RestrictiveRules
{
    public const string Impact = "impact";
    public const string Capabilities = "capabilities";
    public const string EndUse = "end-use";
    public const string EndUserSector = "end-user-sector";
    public const string UnresolvedScreening = "screening";
    public const string ConfirmedMatchFloor = "screening.confirmed-match";
    public const string AlliedDenialFloor = "screening.allied-denial";
    public const string Destination = "destination";
    public const string Data = "data";
    public const string VulnerableGroups = "vulnerable-groups";
    public const string Deployment = "deployment";
    public const string Duration = "duration";

    /// <summary>Every restrictive rule and what it restricts, in the order the factors come.</summary>
    public static IReadOnlyList<(string Id, string Restricts)> All { get; } =
    [
        (Impact, "Points for the highest-impact item"),
        (Capabilities, "Points for the listed capabilities (capped)"),
        (EndUse, "Points for the end use"),
        (EndUserSector, "Points for the highest-risk end user"),
        (UnresolvedScreening, "Points while screening hits are unresolved"),
        (ConfirmedMatchFloor, "Minimum tier after a confirmed denied-party match"),
        (AlliedDenialFloor, "Minimum tier after an allied denial (no undercut)"),
        (Destination, "Points for destinations outside the partner jurisdictions"),
        (Data, "Points for the most sensitive data"),
        (VulnerableGroups, "Points for the vulnerable groups affected (capped)"),
        (Deployment, "Points for the deployment context"),
        (Duration, "Points for the pilot's duration"),
    ];

    public static bool Contains(string id) => All.Any(rule => string.Equals(rule.Id, id, StringComparison.Ordinal));
}
