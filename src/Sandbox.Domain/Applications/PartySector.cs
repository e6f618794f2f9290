namespace Sandbox.Domain.Applications;

/// <summary>What kind of organization or person a party is; the end user's sector weighs on the risk tier.</summary>
public enum PartySector
{
    AcademicResearch,
    CommercialCompany,
    HumanitarianOrganization,
    CivilGovernment,
    LawEnforcement,
    MilitaryOrIntelligence,
    Individual,
}
