using Sandbox.Domain.Licensing;

namespace Sandbox.Oversight.ExitReports;

/// <summary>
/// A published exit report as anyone may read it: the holder as it chose to be named, the pilot, what the records
/// show and the holder's narrative with personal names and contact details removed. No user ids, no actors.
/// </summary>
public sealed record PublicExitReport
{
    public required string Id { get; init; }

    public required string LicenceReference { get; init; }

    public required string Holder { get; init; }

    public required string PilotTitle { get; init; }

    public required DateTimeOffset ValidFrom { get; init; }

    public required DateTimeOffset EndedAt { get; init; }

    public required string Outcome { get; init; }

    public string? Objectives { get; init; }

    public string? Methodology { get; init; }

    public IReadOnlyList<string> Tested { get; init; } = [];

    public required LicenceConditions Conditions { get; init; }

    public IReadOnlyList<PublicStatusChange> StatusChanges { get; init; } = [];

    public required int QueriesAnswered { get; init; }

    public IReadOnlyList<ConditionCount> Refusals { get; init; } = [];

    public required ExportFigures Exports { get; init; }

    public required int Incidents { get; init; }

    public required int Suspensions { get; init; }

    public required ExitNarrative Narrative { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }
}

/// <summary>A status change without actor or reason (reasons are the regulators' words about people).</summary>
public sealed record PublicStatusChange(string Status, DateTimeOffset At);
