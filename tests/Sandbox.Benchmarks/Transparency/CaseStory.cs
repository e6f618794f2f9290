using System.Text.Json;
using System.Text.Json.Nodes;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Storage.Documents;
using Sandbox.Workflows.Instances;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// One application's case instances, from its first submission to where they stood at the cutoff, on the path it took;
/// every decision, first decision and licence issued is also recorded in <see cref="SeededFacts"/>.
/// </summary>
internal sealed partial class CaseStory(Random random, SeededFacts facts, CaseFile file)
{
    private static readonly HashSet<string> FinalStates =
        new(StringComparer.Ordinal) { "licensed", "closed-no-licence", "refused-final", "withdrawn", "handover", "provisional-licensed" };

    public List<WorkflowInstance> Instances { get; } = [];

    /// <summary>When the applicant submitted each amended version, after the first.</summary>
    public List<DateTimeOffset> Resubmissions { get; } = [];

    public List<LicencePlan> Licences { get; } = [];

    public DateTimeOffset? WithdrawnAt { get; private set; }

    private void Finish(InstanceTimeline timeline, JsonObject data, string? parentInstanceId = null) =>
        Instances.Add(timeline.ToInstance(CaseDefinitions.CaseInstanceId(timeline.DefinitionId, file.ApplicationId), file.Subject, data, FinalStates, parentInstanceId));

    /// <summary>The decision as the case stores it: in the deciding entry and merged into the instance data.</summary>
    private static JsonObject DecisionData(JsonObject instanceData, LicenceDecision decision)
    {
        var node = JsonSerializer.SerializeToNode(decision, StorageJson.Options);
        instanceData[CaseData.Decision] = node!.DeepClone();
        return new JsonObject { [CaseData.Decision] = node };
    }

    private static LicenceDecision Approval(DateTimeOffset validFrom, int days) => new()
    {
        Outcome = DecisionOutcome.Approve,
        Conditions = new LicenceConditions
        {
            RetentionDays = 90,
            AggregateOnly = true,
            MinimumCellSize = 10,
            NoRawIdentifiers = true,
            ExportRequiresReview = true,
            TelemetryRequired = true,
            DeclaredPurposes = ["Evaluate the pilot's accuracy on synthetic records"],
        },
        ValidFrom = validFrom,
        ValidTo = validFrom.AddDays(days),
        Rationale = "The safeguards proposed meet the tier's default conditions.",
    };

    private void Issued(LicenceKind kind, InstanceTimeline timeline, DateTimeOffset decidedAt, LicenceDecision decision) =>
        Licences.Add(new LicencePlan(kind, CaseDefinitions.CaseInstanceId(timeline.DefinitionId, file.ApplicationId), decidedAt, timeline.At, decision.ValidFrom!.Value, decision.ValidTo!.Value));

    private void Decided(string kind, DateTimeOffset at, IReadOnlyList<string>? refusalCodes = null) =>
        facts.Decisions.Add(new DecisionFact(at, kind, refusalCodes ?? []));

    private void Timed(string path, DateTimeOffset at, SlaClock clock) =>
        facts.Timings.Add(new TimingFact(at, path, clock.Elapsed <= clock.Budget));
}
