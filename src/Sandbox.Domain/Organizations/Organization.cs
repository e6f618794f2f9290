namespace Sandbox.Domain.Organizations;

/// <summary>
/// An organization users belong to. Humanitarian organizations and verified partners earn faster
/// paths only once an administrator verifies them; verification is recorded with who, when and why.
/// </summary>
public sealed record Organization
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required OrganizationType Type { get; init; }

    public required string Country { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public Verification? HumanitarianVerification { get; init; }

    public Verification? PartnerVerification { get; init; }

    public bool IsVerifiedHumanitarian => HumanitarianVerification is not null;

    public bool IsVerifiedPartner => PartnerVerification is not null;

    public static Organization Register(string id, string name, OrganizationType type, CountryCode country, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 200)
        {
            throw new ArgumentException("An organization needs a name of 1 to 200 characters.", nameof(name));
        }

        return new Organization { Id = id, Name = trimmed, Type = type, Country = country.Value, RegisteredAt = at };
    }

    /// <summary>Only a humanitarian organization can be verified as one.</summary>
    public Organization VerifyHumanitarian(Verification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        if (Type != OrganizationType.HumanitarianOrganization)
        {
            throw new InvalidOperationException($"{Name} is registered as {Type}, not as a humanitarian organization.");
        }

        return this with { HumanitarianVerification = verification };
    }

    /// <summary>Verified partners are applicants (institutions, companies, NGOs), never authorities.</summary>
    public Organization VerifyPartner(Verification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        if (Type is OrganizationType.GovernmentAuthority or OrganizationType.AlliedAuthority)
        {
            throw new InvalidOperationException($"{Name} is an authority; only applicants can be verified partners.");
        }

        return this with { PartnerVerification = verification };
    }

    public Organization WithdrawVerifications() => this with { HumanitarianVerification = null, PartnerVerification = null };
}
