namespace Sandbox.Domain.Access;

/// <summary>The roles of the system, named once.</summary>
public static class SandboxRoles
{
    public const string Applicant = "Applicant";
    public const string Regulator = "Regulator";
    public const string SeniorRegulator = "SeniorRegulator";
    public const string AlliedReviewer = "AlliedReviewer";
    public const string Auditor = "Auditor";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [Applicant, Regulator, SeniorRegulator, AlliedReviewer, Auditor, Administrator];

    /// <summary>Roles that decide on licences or grant powers: a password alone is not enough for them.</summary>
    public static IReadOnlyList<string> RequiringTwoFactor { get; } = [Regulator, SeniorRegulator, Administrator];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static bool RequiresTwoFactor(IEnumerable<string> roles) => roles.Any(RequiringTwoFactor.Contains);
}
