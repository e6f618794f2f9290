using Sandbox.Workflows.Instances;

namespace Sandbox.Web.Components.Pages.Admin.Workflows;

/// <summary>An incident not yet resolved, with the instance it stops.</summary>
public sealed record OpenIncident(string InstanceId, string DefinitionKey, string State, string SubjectReference, Incident Incident)
{
    public static IEnumerable<OpenIncident> Of(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var subject = instance.Subject.Reference ?? instance.Subject.Id;
        return instance.Incidents.Where(i => i.ResolvedAt is null).Select(i => new OpenIncident(instance.Id, instance.Key, instance.State, subject, i));
    }
}
