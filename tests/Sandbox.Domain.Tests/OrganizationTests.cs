using Sandbox.Domain.Organizations;

namespace Sandbox.Domain.Tests;

public sealed class OrganizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Verification ByAdmin = new("admin-1", Now, "Registered with OCHA; charter checked.");

    [Theory]
    [InlineData("NL", "NL")]
    [InlineData(" ke ", "KE")]
    [InlineData("us", "US")]
    public void Country_codes_are_normalized_iso_alpha_2(string text, string expected)
    {
        Assert.True(CountryCode.TryParse(text, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("NLD")]
    [InlineData("N1")]
    [InlineData("QQ")]
    [InlineData("029")]
    public void Anything_else_is_not_a_country_code(string? text)
    {
        Assert.False(CountryCode.TryParse(text, out _));
        Assert.Throws<ArgumentException>(() => CountryCode.Parse(text));
    }

    [Fact]
    public void A_humanitarian_organization_can_be_verified_and_keeps_who_did_it()
    {
        var ngo = Organization.Register("org-1", "  Relief Mapping Collective ", OrganizationType.HumanitarianOrganization, CountryCode.Parse("KE"), Now);

        var verified = ngo.VerifyHumanitarian(ByAdmin);

        Assert.Equal("Relief Mapping Collective", verified.Name);
        Assert.True(verified.IsVerifiedHumanitarian);
        Assert.False(ngo.IsVerifiedHumanitarian);
        Assert.Equal("admin-1", verified.HumanitarianVerification!.VerifiedBy);
    }

    [Fact]
    public void Only_humanitarian_organizations_are_verified_as_humanitarian()
    {
        var company = Organization.Register("org-2", "Acme Vision", OrganizationType.Company, CountryCode.Parse("DE"), Now);

        Assert.Throws<InvalidOperationException>(() => company.VerifyHumanitarian(ByAdmin));
        Assert.True(company.VerifyPartner(ByAdmin).IsVerifiedPartner);
    }

    [Theory]
    [InlineData(OrganizationType.GovernmentAuthority)]
    [InlineData(OrganizationType.AlliedAuthority)]
    public void Authorities_are_never_verified_partners(OrganizationType type)
    {
        var authority = Organization.Register("org-3", "Export Control Office", type, CountryCode.Parse("FR"), Now);

        Assert.Throws<InvalidOperationException>(() => authority.VerifyPartner(ByAdmin));
    }

    [Fact]
    public void Withdrawing_verifications_removes_both_statuses()
    {
        var ngo = Organization.Register("org-4", "Field Aid", OrganizationType.HumanitarianOrganization, CountryCode.Parse("JO"), Now)
            .VerifyHumanitarian(ByAdmin).VerifyPartner(ByAdmin);

        var withdrawn = ngo.WithdrawVerifications();

        Assert.False(withdrawn.IsVerifiedHumanitarian);
        Assert.False(withdrawn.IsVerifiedPartner);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_organization_needs_a_name(string name)
    {
        Assert.Throws<ArgumentException>(() => Organization.Register("org-5", name, OrganizationType.Company, CountryCode.Parse("NL"), Now));
    }
}
