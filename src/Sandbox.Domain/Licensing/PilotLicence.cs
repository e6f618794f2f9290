using Sandbox.Domain.Risk;

namespace Sandbox.Domain.Licensing;

/// <summary>
/// A licence as stored: who holds it, for which application version, for how long, on which conditions and decision,
/// and its status history. <see cref="SunsetAt"/> is the latest <see cref="ValidTo"/> can ever reach, extension included.
/// </summary>
public sealed record PilotLicence
{
    public required string Id { get; init; }

    /// <summary>Such as <c>SBX-2026-000123</c> (<see cref="LicenceReference"/>).</summary>
    public required string Reference { get; init; }

    public required LicenceKind Kind { get; init; }

    public required string ApplicationId { get; init; }

    /// <summary>Such as <c>APP-2026-000123</c>.</summary>
    public required string ApplicationReference { get; init; }

    /// <summary>The submitted version the decision was made on.</summary>
    public required int ApplicationVersion { get; init; }

    public required string HolderOrganizationId { get; init; }

    public required string HolderOrganizationName { get; init; }

    public required string PilotTitle { get; init; }

    public required string TemplateId { get; init; }

    /// <summary>The template version in force at issue; its major version binds the licence (a major upgrade needs a new licence).</summary>
    public string? TemplateVersion { get; init; }

    public required RiskTier Tier { get; init; }

    public required DateTimeOffset ValidFrom { get; init; }

    /// <summary>Exclusive: the licence is no longer in force at this instant.</summary>
    public required DateTimeOffset ValidTo { get; init; }

    public required DateTimeOffset SunsetAt { get; init; }

    public required LicenceStatus Status { get; init; }

    public required LicenceConditions Conditions { get; init; }

    public required LicenceDecisionRecord Decision { get; init; }

    public int ExtensionCount { get; init; }

    public string? SupersedesLicenceId { get; init; }

    public IReadOnlyList<LicenceStatusChange> StatusChanges { get; init; } = [];

    public string? WorkflowInstanceId { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>Active, and <paramref name="at"/> falls in [<see cref="ValidFrom"/>, <see cref="ValidTo"/>).</summary>
    public bool IsInForceAt(DateTimeOffset at) => Status == LicenceStatus.Active && ValidFrom <= at && at < ValidTo;

    /// <summary>The licence with its new status and the change appended to its history.</summary>
    /// <exception cref="InvalidOperationException">The change is not one <see cref="LicenceLifecycle"/> allows.</exception>
    public PilotLicence WithStatus(LicenceStatus status, DateTimeOffset at, string actorId, string actorName, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorName);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!LicenceLifecycle.CanChange(Status, status))
        {
            throw new InvalidOperationException(LicenceLifecycle.WhyNot(Reference, Status, status));
        }

        return this with
        {
            Status = status,
            StatusChanges = [.. StatusChanges ?? [], new LicenceStatusChange(status, at, actorId, actorName.Trim(), reason.Trim())],
        };
    }
}
