using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.CrashHost.Commands;

/// <summary>The people a test can act as, by name; the subject of every instance is <see cref="ApplicantOrganization"/>.</summary>
public static class CrashActors
{
    public const string ApplicantOrganization = "org-applicant";

    private static readonly Dictionary<string, WorkflowActor> ByName = new(StringComparer.Ordinal)
    {
        ["regulator"] = WorkflowActor.Person("u-reg", "Rita Regulator", ["Regulator"], "org-authority"),
        ["regulator2"] = WorkflowActor.Person("u-reg2", "Rui Regulator", ["Regulator"], "org-authority"),
        ["senior"] = WorkflowActor.Person("u-senior", "Sam Senior", ["SeniorRegulator", "Regulator"], "org-authority"),
        ["applicant"] = WorkflowActor.Person("u-app", "Ada Applicant", ["Applicant"], ApplicantOrganization),
    };

    public static WorkflowActor Named(string name) =>
        ByName.TryGetValue(name, out var actor) ? actor : throw new ArgumentException($"No actor '{name}' (known: {string.Join(", ", ByName.Keys)}).", nameof(name));
}
