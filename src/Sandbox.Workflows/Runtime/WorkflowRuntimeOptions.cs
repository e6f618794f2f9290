namespace Sandbox.Workflows.Runtime;

public sealed class WorkflowRuntimeOptions
{
    public const string Section = "Workflows";

    /// <summary>Where the definitions are; <c>workflows/</c> beside the app by default.</summary>
    public string? Directory { get; set; }

    /// <summary>How often a node looks for due timers and unfinished work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the node that committed a change has to carry out its effects before another node may.</summary>
    public TimeSpan WorkGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a claimed timer is hidden from other nodes; a claim that lapses lets another node fire it.</summary>
    public TimeSpan TimerClaim { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A timer document its instance does not list yet may belong to a change still being committed.</summary>
    public TimeSpan OrphanTimerGrace { get; set; } = TimeSpan.FromSeconds(60);

    public int BatchSize { get; set; } = 200;

    public int Concurrency { get; set; } = 4;

    /// <summary>Runs the timer and work loops; off in tests that drive the engine by hand.</summary>
    public bool RunWorker { get; set; } = true;

    public string NodeId { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";
}
