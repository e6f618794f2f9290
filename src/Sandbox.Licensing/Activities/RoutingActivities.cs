using System.Text.Json.Nodes;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Activities;

/// <summary>
/// Whether an expedited request stays on the 72-hour path: a verified humanitarian organization, a humanitarian end
/// use, at most 90 days, Tier 1 or 2 (as the risk rules' expedited terms) and no allied denial to consult. Otherwise the standard review takes it.
/// </summary>
public sealed class CheckExpeditedActivity : IWorkflowActivity
{
    public const int MaxExpeditedDays = 90;

    public const int MaxExpeditedTier = 2;

    public string Name => "check-expedited";

    public Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.Data;
        var reasons = new List<string>();
        if (!Verified(data, "humanitarian"))
        {
            reasons.Add("the organization is not a verified humanitarian organization");
        }

        if (data[CaseData.HumanitarianEndUse]?.GetValue<bool>() != true)
        {
            reasons.Add("the end use is not humanitarian or disaster response");
        }

        if ((data[CaseData.RequestedDays]?.GetValue<int>() ?? int.MaxValue) > MaxExpeditedDays)
        {
            reasons.Add($"more than {MaxExpeditedDays} days were requested");
        }

        var tier = data[CaseData.Tier]?.GetValue<int>() ?? 4;
        if (tier > MaxExpeditedTier)
        {
            reasons.Add($"the risk tier is {tier} (the risk rules expedite Tiers 1 and 2 only)");
        }

        if (data[CaseData.ConsultationRequired]?.GetValue<bool>() == true)
        {
            reasons.Add("an allied authority must be consulted first");
        }

        return Task.FromResult(new ActivityOutcome(new JsonObject
        {
            [CaseData.ExpeditedRoute] = reasons.Count == 0 ? "decision" : "standard",
            ["expeditedRouteReason"] = reasons.Count == 0 ? "Eligible for the 72-hour decision" : "Standard review: " + string.Join("; ", reasons),
        }));
    }

    internal static bool Verified(JsonObject data, string verification) =>
        data[CaseData.Verifications] is JsonArray list && list.Any(v => v?.GetValue<string>() == verification);
}

/// <summary>The partner fast track: a verified partner, Tier 1 or 2, and no allied denial to consult.</summary>
public sealed class CheckFastTrackActivity : IWorkflowActivity
{
    public string Name => "check-fast-track";

    public Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.Data;
        var eligible = CheckExpeditedActivity.Verified(data, "partner")
            && (data[CaseData.Tier]?.GetValue<int>() ?? 4) <= 2
            && data[CaseData.ConsultationRequired]?.GetValue<bool>() != true;
        return Task.FromResult(new ActivityOutcome(new JsonObject { [CaseData.FastTrackRoute] = eligible ? "fast" : "standard" }));
    }
}
