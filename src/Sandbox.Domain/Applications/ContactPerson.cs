namespace Sandbox.Domain.Applications;

/// <summary>Who the regulator talks to about the application.</summary>
public sealed record ContactPerson(string? Name, string? Email, string? Phone);
