namespace Sandbox.Domain.Applications;

public sealed record Milestone(string? Title, DateOnly? DueOn);
