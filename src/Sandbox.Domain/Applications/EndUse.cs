namespace Sandbox.Domain.Applications;

/// <summary>The specific end use, in the applicant's words, and its category.</summary>
public sealed record EndUse(EndUseCategory? Category, string? Description);
