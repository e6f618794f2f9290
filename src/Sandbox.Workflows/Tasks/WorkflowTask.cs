using Sandbox.Storage.Documents;
using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Tasks;

/// <summary>
/// An open task in a role's inbox, derived from the state its instance waits in; it is deleted when the state is
/// left (the instance history says who acted).
/// </summary>
public sealed record WorkflowTask
{
    public static ContainerDefinition Container { get; } =
        new ContainerDefinition("workflow-tasks", "/role", ["queue", "dueAt", "organizationId", "instanceId", "createdAt"])
            .WithCompositeIndex("organizationId", "dueAt");

    public required string Id { get; init; }

    public required string Role { get; init; }

    public required string Queue { get; init; }

    public required string Title { get; init; }

    public required string InstanceId { get; init; }

    public required string DefinitionId { get; init; }

    public required string State { get; init; }

    public required string StateLabel { get; init; }

    public required WorkflowSubject Subject { get; init; }

    /// <summary>Only members of this organization see the task (the applicant, an allied authority).</summary>
    public string? OrganizationId { get; init; }

    /// <summary>Members of this organization never see the task (the applicant's own regulators).</summary>
    public string? ExcludedOrganizationId { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<TaskAction> Actions { get; init; } = [];

    public SlaStatus SlaStatusAt(DateTimeOffset now) =>
        DueAt is not { } due ? SlaStatus.NoDeadline
        : now >= due ? SlaStatus.Overdue
        : due - now <= TimeSpan.FromTicks((due - CreatedAt).Ticks / 4) ? SlaStatus.DueSoon
        : SlaStatus.OnTime;
}

public sealed record TaskAction(string Trigger, string Label);

public enum SlaStatus
{
    NoDeadline,
    OnTime,
    DueSoon,
    Overdue,
}
