namespace Sandbox.Workflows.Instances;

public enum ActorKind
{
    Human,
    System,
    Timer,
}

/// <summary>Who fires a trigger: a signed-in person with roles and an organization, the system, or a timer.</summary>
public sealed record WorkflowActor(ActorKind Kind, string Id, string Name, IReadOnlyList<string> Roles, string? OrganizationId)
{
    public static WorkflowActor System { get; } = new(ActorKind.System, "system", "Sandbox", [], null);

    public static WorkflowActor Timer(string timerId) => new(ActorKind.Timer, "timer:" + timerId, "Timer " + timerId, [], null);

    public static WorkflowActor Person(string id, string name, IReadOnlyList<string> roles, string? organizationId) =>
        new(ActorKind.Human, id, name, roles, organizationId);
}
