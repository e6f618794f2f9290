namespace Sandbox.Domain.Organizations;

public enum OrganizationType
{
    ResearchInstitution,
    Company,
    HumanitarianOrganization,
    GovernmentAuthority,
    AlliedAuthority,
}
