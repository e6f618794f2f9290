using System.Globalization;
using System.Text.Json.Nodes;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Activities;

/// <summary>Starts one allied-consultation instance per target; their ids come from the case and the target, so a retry finds them.</summary>
public sealed class StartConsultationsActivity(IServiceProvider services, CaseFiles files, TimeProvider time, Microsoft.Extensions.Options.IOptions<LicensingOptions> options) : IWorkflowActivity
{
    internal static int Version(JsonObject data) => data[CaseData.Version]?.GetValue<int>() ?? 0;

    /// <summary>What the ally needs to judge "essentially identical": the end users and ultimate end users by name and country.</summary>
    private async Task<JsonArray> EndUsersAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var (_, version, _) = await files.LatestAsync(context.Instance.Subject.Id, cancellationToken);
        return new JsonArray(version.Content.Parties
            .Where(p => p.Role is Sandbox.Domain.Applications.PartyRole.EndUser or Sandbox.Domain.Applications.PartyRole.UltimateEndUser)
            .Select(p => (JsonNode)$"{p.Name} ({p.Country})").ToArray());
    }

    public string Name => "start-consultations";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
        parameters?["definition"]?.GetValue<string>() == CaseDefinitions.AlliedConsultation ? [] : [$"'definition' must be '{CaseDefinitions.AlliedConsultation}'"];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var engine = Engine.Of(services);
        var targets = context.Data[CaseData.ConsultationTargets] as JsonArray ?? [];
        foreach (var target in targets.OfType<JsonObject>())
        {
            var key = target["key"]!.GetValue<string>();
            await engine.StartAsync(new StartWorkflow(
                CaseDefinitions.AlliedConsultation,
                CaseDefinitions.ConsultationInstanceId(context.Instance.Id, key, Version(context.Data)),
                context.Instance.Subject,
                new JsonObject
                {
                    [CaseData.ParentInstanceId] = context.Instance.Id,
                    [CaseData.Version] = Version(context.Data),
                    [CaseData.AllyKey] = key,
                    [CaseData.AllyCountry] = target["country"]?.DeepClone(),
                    [CaseData.AllyOrganizationId] = target["organizationId"]?.DeepClone(),
                    [CaseData.DenialReference] = target["reference"]?.DeepClone(),
                    ["reason"] = target["reason"]?.DeepClone(),
                    [CaseData.ApplicationReference] = context.Data[CaseData.ApplicationReference]?.DeepClone(),
                    [CaseData.ClassificationCodes] = context.Data[CaseData.ClassificationCodes]?.DeepClone(),
                    [CaseData.Destinations] = context.Data[CaseData.Destinations]?.DeepClone(),
                    ["endUsers"] = await EndUsersAsync(context, cancellationToken),
                    [CaseData.TimeoutDays] = options.Value.ConsultationDays,
                    ["startedAt"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                },
                WorkflowActor.System,
                context.Instance.Id), cancellationToken);
        }

        return targets.Count == 0 ? new ActivityOutcome(Fire: "consultations-complete") : ActivityOutcome.Done;
    }
}

/// <summary>Tells the case an ally answered (or did not in time); the case records it once per ally.</summary>
public sealed class NotifyParentActivity(IServiceProvider services) : IWorkflowActivity
{
    public string Name => "notify-parent";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
        parameters?["outcome"]?.GetValue<string>() is "no-objection" or "objection" or "timed-out" ? [] : ["'outcome' must be no-objection, objection or timed-out"];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var engine = Engine.Of(services);
        var parentId = context.Data[CaseData.ParentInstanceId]!.GetValue<string>();
        var key = context.Data[CaseData.AllyKey]!.GetValue<string>();
        var parent = await engine.GetAsync(parentId, cancellationToken);
        if (parent is null || (parent.Value.Data[CaseData.Consultations] as JsonObject)?.ContainsKey(key) == true)
        {
            return ActivityOutcome.Done;
        }

        var answer = new JsonObject
        {
            ["key"] = key,
            [CaseData.Version] = context.Data[CaseData.Version]?.DeepClone(),
            ["country"] = context.Data[CaseData.AllyCountry]?.DeepClone(),
            ["outcome"] = context.Parameter("outcome"),
            ["reason"] = context.Cause?.Reason,
            ["answeredBy"] = context.Cause?.ActorName,
            ["at"] = context.Cause?.At.ToString("O", CultureInfo.InvariantCulture),
        };
        try
        {
            await engine.FireAsync(parentId, new FireCommand("consultation-answered", WorkflowActor.System, Data: new JsonObject { [CaseData.ConsultationAnswer] = answer }), cancellationToken);
        }
        catch (TriggerNotPermittedException)
        {
            // The case moved on (withdrawn, decided): the answer stays on this instance's history.
        }

        return ActivityOutcome.Done;
    }
}

/// <summary>Records an ally's answer on the case; once every target has answered the case goes on to routing.</summary>
public sealed class RecordConsultationActivity : IWorkflowActivity
{
    public string Name => "record-consultation";

    public Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var answer = context.Cause?.Data?[CaseData.ConsultationAnswer] as JsonObject
            ?? throw new InvalidOperationException("The consultation answer is missing from the trigger.");
        if (answer[CaseData.Version]?.GetValue<int>() != StartConsultationsActivity.Version(context.Data))
        {
            return Task.FromResult(ActivityOutcome.Done); // an answer about an earlier version, which a new one replaced
        }

        var consultations = (context.Data[CaseData.Consultations] as JsonObject)?.DeepClone().AsObject() ?? [];
        consultations[answer["key"]!.GetValue<string>()] = answer.DeepClone();
        var expected = (context.Data[CaseData.ConsultationTargets] as JsonArray ?? []).OfType<JsonObject>().Select(t => t["key"]!.GetValue<string>()).ToList();
        var objection = consultations.Any(c => c.Value?["outcome"]?.GetValue<string>() == "objection");
        var tier = context.Data[CaseData.Tier]?.GetValue<int>() ?? 0;
        var complete = expected.All(consultations.ContainsKey);
        return Task.FromResult(new ActivityOutcome(
            new JsonObject
            {
                [CaseData.Consultations] = consultations,
                [CaseData.AlliedObjection] = objection,
                [CaseData.NeedsCountersign] = LoadCaseActivity.NeedsCountersign(tier, objection),
            },
            complete ? "consultations-complete" : null));
    }
}

/// <summary>Cancels consultations still waiting when the case closes.</summary>
public sealed class CloseConsultationsActivity(IServiceProvider services) : IWorkflowActivity
{
    public string Name => "close-consultations";

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var engine = Engine.Of(services);
        foreach (var target in (context.Data[CaseData.ConsultationTargets] as JsonArray ?? []).OfType<JsonObject>())
        {
            var id = CaseDefinitions.ConsultationInstanceId(context.Instance.Id, target["key"]!.GetValue<string>(), StartConsultationsActivity.Version(context.Data));
            try
            {
                await engine.FireAsync(id, new FireCommand("cancel", WorkflowActor.System), cancellationToken);
            }
            catch (Exception e) when (e is TriggerNotPermittedException or WorkflowInstanceNotFoundException)
            {
                // Already answered, timed out or never started.
            }
        }

        return ActivityOutcome.Done;
    }
}
