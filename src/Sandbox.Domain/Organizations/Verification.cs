namespace Sandbox.Domain.Organizations;

/// <summary>Who verified an organization for a status (humanitarian, partner), and when.</summary>
public sealed record Verification(string VerifiedBy, DateTimeOffset VerifiedAt, string Reason);
