namespace Sandbox.Workflows.CrashHost.Hosting;

/// <summary>How the host's activities misbehave on purpose, so a test can kill the process at a chosen moment.</summary>
public sealed class CrashHostOptions
{
    public const string Section = "CrashHost";

    /// <summary>The step (the <c>effect</c> activity's <c>step</c> parameter) that never returns once its attempt is recorded.</summary>
    public string? BlockStep { get; set; }

    /// <summary>Block before the effect is written (died before acting) instead of after it (acted, the engine never heard).</summary>
    public bool BlockBeforeEffect { get; set; }

    /// <summary>The step that takes <see cref="SlowMilliseconds"/> between its attempt marker and its effect.</summary>
    public string? SlowStep { get; set; }

    public int SlowMilliseconds { get; set; }
}
