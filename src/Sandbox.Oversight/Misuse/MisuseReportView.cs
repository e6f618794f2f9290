using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Oversight.Misuse;

/// <summary>
/// A report as one person may see it. Regulators and auditors see everything but the reporter's identity for
/// anonymous reports (there is none); the holder sees what the regulators told it and its own statements, never the
/// report's text, evidence or reporter; a signed-in reporter sees their report and its status.
/// </summary>
public sealed record MisuseReportView(
    MisuseReport Report,
    MisuseAudience Audience,
    string State,
    string StateLabel,
    IReadOnlyList<MisuseMessage> Messages,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<PermittedTrigger> Actions,
    IReadOnlyList<SlaClock> Clocks,
    string ETag);

public enum MisuseAudience
{
    Regulator,
    Holder,
    Reporter,
}

/// <summary>What a regulator wrote to the holder on a step, or what the holder answered.</summary>
public sealed record MisuseMessage(DateTimeOffset At, string From, string Step, string Text);
