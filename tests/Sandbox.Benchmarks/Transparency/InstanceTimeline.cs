using System.Text.Json.Nodes;
using Sandbox.Workflows.Instances;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// One workflow instance's history as the engine writes it (a <c>start</c> entry, then one entry per trigger), built
/// forward in time. A move at or after <see cref="SeedScope.Cutoff"/> is not recorded, nor is any move after it, so
/// the instance is left in the state it had at the cutoff.
/// </summary>
internal sealed class InstanceTimeline
{
    private readonly List<HistoryEntry> _history = [];
    private readonly Dictionary<string, SlaClock> _clocks = new(StringComparer.Ordinal);

    public InstanceTimeline(string definitionId, int definitionVersion, DateTimeOffset createdAt, string initialState)
    {
        DefinitionId = definitionId;
        DefinitionVersion = definitionVersion;
        CreatedAt = createdAt;
        State = initialState;
        At = createdAt;
        StateEnteredAt = createdAt;
        _history.Add(new HistoryEntry(1, "", initialState, "start", ActorKind.System, "system", "Sandbox", createdAt));
    }

    public string DefinitionId { get; }

    public int DefinitionVersion { get; }

    public DateTimeOffset CreatedAt { get; }

    public string State { get; private set; }

    /// <summary>When the last recorded entry happened.</summary>
    public DateTimeOffset At { get; private set; }

    public DateTimeOffset StateEnteredAt { get; private set; }

    public bool Cut { get; private set; }

    /// <summary>Records the move unless the cutoff has been reached; says whether it was recorded.</summary>
    public bool Move(string to, string trigger, DateTimeOffset at, ActorKind actor = ActorKind.System, JsonObject? data = null, string? reason = null)
    {
        if (Cut || !SeedScope.BeforeCutoff(at))
        {
            Cut = true;
            return false;
        }

        var (id, name) = actor switch
        {
            ActorKind.Human => ("rita", "Rita Regulator"),
            ActorKind.Timer => ("timer:" + trigger, "Timer " + trigger),
            _ => ("system", "Sandbox"),
        };
        _history.Add(new HistoryEntry(_history.Count + 1, State, to, trigger, actor, id, name, at, reason, data));
        if (to != State)
        {
            StateEnteredAt = at;
        }

        State = to;
        At = at;
        return true;
    }

    public bool Move(string to, string trigger, TimeSpan after, ActorKind actor = ActorKind.System, JsonObject? data = null, string? reason = null) =>
        Move(to, trigger, At + after, actor, data, reason);

    /// <summary>Starts (or resumes) a clock at the last entry; its budget is fixed when it first starts.</summary>
    public SlaClock StartClock(string name, TimeSpan budget)
    {
        if (!_clocks.TryGetValue(name, out var clock))
        {
            clock = _clocks[name] = new SlaClock { Name = name, Budget = budget, StartedAt = At };
        }

        clock.Start(At);
        return clock;
    }

    public WorkflowInstance ToInstance(string id, WorkflowSubject subject, JsonObject data, IReadOnlySet<string> finalStates, string? parentInstanceId = null) => new()
    {
        Id = id,
        DefinitionId = DefinitionId,
        DefinitionVersion = DefinitionVersion,
        State = State,
        Completed = finalStates.Contains(State),
        Subject = subject,
        ParentInstanceId = parentInstanceId,
        Data = data,
        History = _history,
        Clocks = _clocks,
        Sequence = _history.Count,
        ProjectedSequence = _history.Count,
        CreatedAt = CreatedAt,
        UpdatedAt = At,
        StateEnteredAt = StateEnteredAt,
    };
}
