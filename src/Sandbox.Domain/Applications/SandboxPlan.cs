namespace Sandbox.Domain.Applications;

/// <summary>The sandbox plan: what the pilot sets out to learn, how, and when (EU AI Act Art. 58).</summary>
public sealed record SandboxPlan
{
    public string? Title { get; init; }

    public string? Objectives { get; init; }

    public string? Methodology { get; init; }

    public DateOnly? StartOn { get; init; }

    public IReadOnlyList<Milestone> Milestones { get; init; } = [];
}
