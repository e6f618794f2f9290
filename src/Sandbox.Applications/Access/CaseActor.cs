using Sandbox.Domain.Access;

namespace Sandbox.Applications.Access;

/// <summary>Who is acting on applications: their user id, organization and roles, as the sign-in established them.</summary>
public sealed record CaseActor(string UserId, string? OrganizationId, IReadOnlySet<string> Roles)
{
    public bool IsApplicant => Roles.Contains(SandboxRoles.Applicant) && OrganizationId is not null;

    /// <summary>Regulators and senior regulators work cases; auditors read them.</summary>
    public bool CanReadCases => Roles.Contains(SandboxRoles.Regulator) || Roles.Contains(SandboxRoles.SeniorRegulator) || Roles.Contains(SandboxRoles.Auditor);

    public bool CanWorkCases => Roles.Contains(SandboxRoles.Regulator) || Roles.Contains(SandboxRoles.SeniorRegulator);

    public bool IsAdministrator => Roles.Contains(SandboxRoles.Administrator);

    public bool BelongsTo(string organizationId) => string.Equals(OrganizationId, organizationId, StringComparison.Ordinal);

    /// <summary>Works this case: a regulator who is neither of the applicant organization nor its author (no self-review).</summary>
    public bool MayWork(Sandbox.Domain.Applications.PilotApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return CanWorkCases && !BelongsTo(application.OrganizationId) && !string.Equals(UserId, application.CreatedBy, StringComparison.Ordinal);
    }

    /// <summary>Reads the case side (screening, assessment, notes): a case reader who is not of the applicant organization.</summary>
    public bool MayReadCase(Sandbox.Domain.Applications.PilotApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return CanReadCases && !BelongsTo(application.OrganizationId);
    }
}
