using Sandbox.Domain.Organizations;
using Sandbox.Web.Components.Account;

namespace Sandbox.Web.Tests.Account;

public sealed class RegistrationRulesTests
{
    [Theory]
    [InlineData(OrganizationType.ResearchInstitution, true)]
    [InlineData(OrganizationType.Company, true)]
    [InlineData(OrganizationType.HumanitarianOrganization, true)]
    [InlineData(OrganizationType.GovernmentAuthority, false)]
    [InlineData(OrganizationType.AlliedAuthority, false)]
    public void Only_applicant_organization_types_may_register(OrganizationType type, bool allowed)
    {
        Assert.Equal(allowed, new ApplicantOrganizationTypeAttribute().IsValid(type));
    }

    [Theory]
    [InlineData("NL", true)]
    [InlineData(" ke ", true)]
    [InlineData("", true)]
    [InlineData("QQ", false)]
    [InlineData("NLD", false)]
    [InlineData("N1", false)]
    public void Country_codes_are_iso_alpha_2_and_empty_is_left_to_required(string text, bool valid)
    {
        Assert.Equal(valid, new CountryCodeAttribute().IsValid(text));
    }
}
