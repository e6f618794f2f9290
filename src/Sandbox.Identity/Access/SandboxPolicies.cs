using Microsoft.AspNetCore.Authorization;
using Sandbox.Domain.Access;

namespace Sandbox.Identity.Access;

/// <summary>
/// Authorization policies, named once and used by pages and endpoints alike. Privileged roles
/// only count when the sign-in used a second factor.
/// </summary>
public static class SandboxPolicies
{
    public const string Applicant = "applicant";
    public const string Regulator = "regulator";
    public const string SeniorRegulator = "senior-regulator";
    public const string AlliedReviewer = "allied-reviewer";
    public const string Auditor = "auditor";
    public const string Administrator = "administrator";

    /// <summary>Reads cases: a regulator signed in with a second factor, or an auditor.</summary>
    public const string CaseReader = "case-reader";

    /// <summary>Reads and verifies the audit log: an auditor, or an administrator signed in with a second factor.</summary>
    public const string AuditReader = "audit-reader";

    public static void AddSandboxPolicies(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Applicant, p => p.RequireAuthenticatedUser().RequireRole(SandboxRoles.Applicant));
        options.AddPolicy(Regulator, p => Privileged(p).RequireRole(SandboxRoles.Regulator, SandboxRoles.SeniorRegulator));
        options.AddPolicy(SeniorRegulator, p => Privileged(p).RequireRole(SandboxRoles.SeniorRegulator));
        options.AddPolicy(AlliedReviewer, p => p.RequireAuthenticatedUser().RequireRole(SandboxRoles.AlliedReviewer));
        options.AddPolicy(Auditor, p => p.RequireAuthenticatedUser().RequireRole(SandboxRoles.Auditor));
        options.AddPolicy(Administrator, p => Privileged(p).RequireRole(SandboxRoles.Administrator));
        options.AddPolicy(CaseReader, p => p.RequireAuthenticatedUser().RequireAssertion(context =>
            context.User.IsInRole(SandboxRoles.Auditor)
            || ((context.User.IsInRole(SandboxRoles.Regulator) || context.User.IsInRole(SandboxRoles.SeniorRegulator))
                && context.User.HasClaim(SandboxClaimTypes.AuthenticationMethod, "mfa"))));
        options.AddPolicy(AuditReader, p => p.RequireAuthenticatedUser().RequireAssertion(context =>
            context.User.IsInRole(SandboxRoles.Auditor) || ApiAccess.IsAdministratorInPerson(context.User)));
    }

    private static AuthorizationPolicyBuilder Privileged(AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().RequireClaim(SandboxClaimTypes.AuthenticationMethod, "mfa");
}
