using System.ComponentModel.DataAnnotations;
using Sandbox.Domain.Organizations;

namespace Sandbox.Web.Components.Account;

/// <summary>
/// The organization types anyone may register. Authorities are set up by administrators: a form
/// that accepted them would let anyone claim to be a regulator.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ApplicantOrganizationTypeAttribute : ValidationAttribute
{
    public ApplicantOrganizationTypeAttribute()
        : base("Registration is open to research institutions, companies and humanitarian organizations only.")
    {
    }

    public static IReadOnlyList<OrganizationType> Allowed { get; } =
        [OrganizationType.ResearchInstitution, OrganizationType.Company, OrganizationType.HumanitarianOrganization];

    public override bool IsValid(object? value) => value is null || (value is OrganizationType type && Allowed.Contains(type));
}
