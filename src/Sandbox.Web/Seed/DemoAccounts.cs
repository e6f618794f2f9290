using Sandbox.Domain.Access;
using Sandbox.Domain.Organizations;

namespace Sandbox.Web.Seed;

/// <summary>
/// The demo data of the Development environment on the embedded store. The README prints these
/// credentials; they are never seeded anywhere else.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Sandbox-Demo-2026";

    /// <summary>Authenticator secret (base32) of the demo users whose roles require two-factor sign-in.</summary>
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public const string ClientId = "sandbox-demo-client";
    public const string ClientSecret = "demo-client-secret-not-for-production";

    public static IReadOnlyList<Organization> Organizations { get; } =
    [
        Demo("demo-university", "Demo University Signal Lab", OrganizationType.ResearchInstitution, "NL"),
        Demo("relief-mapping", "Relief Mapping Collective", OrganizationType.HumanitarianOrganization, "KE"),
        Demo("export-authority", "National Export Control Authority", OrganizationType.GovernmentAuthority, "NL"),
        Demo("allied-office", "Allied Export Licensing Office", OrganizationType.AlliedAuthority, "DE"),
    ];

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("applicant@sandbox.demo", "Ada Applicant", "demo-university", SandboxRoles.Applicant),
        new("humanitarian@sandbox.demo", "Hana Relief", "relief-mapping", SandboxRoles.Applicant),
        new("regulator@sandbox.demo", "Rui Regulator", "export-authority", SandboxRoles.Regulator),
        new("regulator2@sandbox.demo", "Rosa Regulator", "export-authority", SandboxRoles.Regulator),
        new("senior@sandbox.demo", "Sam Senior", "export-authority", SandboxRoles.SeniorRegulator),
        new("allied@sandbox.demo", "Alix Allied", "allied-office", SandboxRoles.AlliedReviewer),
        new("auditor@sandbox.demo", "Aud Auditor", "export-authority", SandboxRoles.Auditor),
        new("admin@sandbox.demo", "Ari Administrator", "export-authority", SandboxRoles.Administrator),
    ];

    private static Organization Demo(string id, string name, OrganizationType type, string country) =>
        Organization.Register(id, name, type, CountryCode.Parse(country), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
}

public sealed record DemoUser(string Email, string DisplayName, string OrganizationId, string Role);
