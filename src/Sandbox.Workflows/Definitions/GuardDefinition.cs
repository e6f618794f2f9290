using System.Text.Json.Nodes;

namespace Sandbox.Workflows.Definitions;

/// <summary>One declarative condition; exactly one property is set (the JSON Schema enforces it).</summary>
public sealed record GuardDefinition
{
    /// <summary>The actor has one of these roles.</summary>
    public IReadOnlyList<string>? Role { get; init; }

    /// <summary>The actor does not belong to the subject's (applicant's) organization.</summary>
    public bool? NotApplicantOrganization { get; init; }

    /// <summary>The actor belongs to the subject's organization (the applicant withdrawing, the holder surrendering).</summary>
    public bool? ApplicantOrganization { get; init; }

    /// <summary>The actor belongs to the organization whose id the instance data holds at this path (an allied authority).</summary>
    public string? OrganizationFrom { get; init; }

    /// <summary>The actor does not belong to the organization the instance data holds at this path (the holder a report concerns); holds while the path is empty.</summary>
    public string? NotOrganizationFrom { get; init; }

    /// <summary>The actor is not the user whose id the instance data holds at this path (the reporter judging their own report); holds while the path is empty.</summary>
    public string? NotActorFrom { get; init; }

    /// <summary>The actor fired none of these triggers (in the round since <see cref="TriggerCount.Since"/>).</summary>
    public TriggerCount? DistinctActors { get; init; }

    /// <summary>At least <see cref="TriggerCount.Count"/> distinct actors fired these triggers.</summary>
    public TriggerCount? ApprovalsAtLeast { get; init; }

    /// <summary>These triggers were fired fewer than <see cref="TriggerCount.Count"/> times (an appeal only once).</summary>
    public TriggerCount? FiredFewerThan { get; init; }

    /// <summary>The instance's <c>tier</c> is one of these.</summary>
    public IReadOnlyList<int>? RiskTierIn { get; init; }

    /// <summary>The instance's <c>verifications</c> contain this (<c>humanitarian</c>, <c>partner</c>).</summary>
    public string? OrganizationVerified { get; init; }

    public DataCondition? DataEquals { get; init; }

    public DataCondition? DataNotEquals { get; init; }

    public DataCondition? DataIn { get; init; }
}

public sealed record TriggerCount
{
    public IReadOnlyList<string> Triggers { get; init; } = [];

    public int Count { get; init; } = 1;

    /// <summary>Count only since the instance last entered this state.</summary>
    public string? Since { get; init; }
}

public sealed record DataCondition
{
    public required string Field { get; init; }

    public JsonNode? Value { get; init; }

    public IReadOnlyList<JsonNode?>? Values { get; init; }
}
