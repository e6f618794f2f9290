namespace Sandbox.Domain.Applications;

public enum EndUseCategory
{
    ResearchAndTesting,
    HumanitarianAndDisasterResponse,
    BorderManagement,
    PublicSafety,
    CommercialDevelopment,
}
