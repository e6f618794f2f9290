namespace Sandbox.Domain.Applications;

/// <summary>A humanitarian organization's request for the expedited path, and why it cannot wait.</summary>
public sealed record ExpeditedRequest(string? Justification);
