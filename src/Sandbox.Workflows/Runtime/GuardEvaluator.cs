using System.Text.Json.Nodes;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Runtime;

/// <summary>Evaluates declarative guards for one actor against one instance, and says in words what each needs.</summary>
internal sealed class GuardEvaluator(WorkflowInstance instance, WorkflowActor actor)
{
    public const string TierField = "tier";
    public const string VerificationsField = "verifications";

    public bool Holds(GuardDefinition guard) => guard switch
    {
        { Role: { } roles } => actor.Kind == ActorKind.Human && actor.Roles.Any(roles.Contains),
        { NotApplicantOrganization: true } => instance.Subject.OrganizationId is null || actor.OrganizationId != instance.Subject.OrganizationId,
        { ApplicantOrganization: true } => actor.OrganizationId is not null && actor.OrganizationId == instance.Subject.OrganizationId,
        { OrganizationFrom: { } path } => actor.OrganizationId is not null
            && DataPaths.Read(instance.Data, path) is JsonValue organization && organization.TryGetValue<string>(out var id) && id == actor.OrganizationId,
        { NotOrganizationFrom: { } path } => !(DataPaths.Read(instance.Data, path) is JsonValue holder && holder.TryGetValue<string>(out var held) && held == actor.OrganizationId),
        { NotActorFrom: { } path } => !(DataPaths.Read(instance.Data, path) is JsonValue person && person.TryGetValue<string>(out var named) && named == actor.Id),
        { DistinctActors: { } count } => !Round(count).Any(h => h.ActorId == actor.Id),
        { ApprovalsAtLeast: { } count } => Round(count).Select(h => h.ActorId).Distinct(StringComparer.Ordinal).Count() >= count.Count,
        { FiredFewerThan: { } count } => Round(count).Count() < count.Count,
        { RiskTierIn: { } tiers } => DataPaths.Read(instance.Data, TierField) is JsonValue tier && tier.TryGetValue<int>(out var value) && tiers.Contains(value),
        { OrganizationVerified: { } verification } => DataPaths.Read(instance.Data, VerificationsField) is JsonArray list
            && list.Any(v => v is JsonValue s && s.TryGetValue<string>(out var text) && text == verification),
        { DataEquals: { } condition } => JsonNode.DeepEquals(DataPaths.Read(instance.Data, condition.Field), condition.Value),
        { DataNotEquals: { } condition } => !JsonNode.DeepEquals(DataPaths.Read(instance.Data, condition.Field), condition.Value),
        { DataIn: { Values: { } values } condition } => values.Any(v => JsonNode.DeepEquals(DataPaths.Read(instance.Data, condition.Field), v)),
        _ => false,
    };

    public static string Describe(GuardDefinition guard) => guard switch
    {
        { Role: { } roles } => $"needs the role {string.Join(" or ", roles)}",
        { NotApplicantOrganization: true } => "not by the applicant's own organization",
        { ApplicantOrganization: true } => "only by the applicant's organization",
        { OrganizationFrom: { } path } => $"only by the organization named in {path}",
        { NotOrganizationFrom: { } path } => $"not by the organization named in {path}",
        { NotActorFrom: { } path } => $"not by the person named in {path}",
        { DistinctActors: { } count } => $"by someone who has not already acted ({string.Join(", ", count.Triggers)})",
        { ApprovalsAtLeast: { } count } => $"needs at least {count.Count} distinct {Plural(count.Count, "approval")} ({string.Join(", ", count.Triggers)})",
        { FiredFewerThan: { } count } => $"{string.Join(", ", count.Triggers)} at most {count.Count} {Plural(count.Count, "time")}",
        { RiskTierIn: { } tiers } => $"only for risk tier {string.Join(" or ", tiers)}",
        { OrganizationVerified: { } verification } => $"only for a verified {verification} organization",
        { DataEquals: { } condition } => $"{condition.Field} is {condition.Value?.ToJsonString() ?? "null"}",
        { DataNotEquals: { } condition } => $"{condition.Field} is not {condition.Value?.ToJsonString() ?? "null"}",
        { DataIn: { } condition } => $"{condition.Field} is one of {string.Join(", ", (condition.Values ?? []).Select(v => v?.ToJsonString() ?? "null"))}",
        _ => "an unknown guard",
    };

    public IReadOnlyList<string> Unmet(TransitionDefinition transition) =>
        transition.Guards.Where(g => !Holds(g)).Select(Describe).ToList();

    /// <summary>History entries of these triggers, since the instance last entered <see cref="TriggerCount.Since"/>.</summary>
    private IEnumerable<HistoryEntry> Round(TriggerCount count)
    {
        var start = 0;
        if (count.Since is { } since)
        {
            start = instance.History.FindLastIndex(h => h.To == since && h.From != since) + 1;
        }

        return instance.History.Skip(start).Where(h => count.Triggers.Contains(h.Trigger));
    }

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}
