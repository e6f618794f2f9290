using Sandbox.Applications.Access;
using Sandbox.Workflows.Instances;

namespace Sandbox.Licensing.Cases;

public static class WorkflowActors
{
    /// <summary>The signed-in person as the workflow guards see them.</summary>
    public static WorkflowActor From(CaseActor actor, string displayName)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return WorkflowActor.Person(actor.UserId, string.IsNullOrWhiteSpace(displayName) ? actor.UserId : displayName, [.. actor.Roles.Order(StringComparer.Ordinal)], actor.OrganizationId);
    }
}
