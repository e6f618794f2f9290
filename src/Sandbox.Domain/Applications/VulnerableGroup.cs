namespace Sandbox.Domain.Applications;

public enum VulnerableGroup
{
    Children,
    RefugeesAndDisplacedPersons,
    Detainees,
    EthnicOrReligiousMinorities,
    PersonsWithDisabilities,
    Elderly,
}
