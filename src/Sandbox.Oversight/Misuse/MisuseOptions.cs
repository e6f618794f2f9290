using System.ComponentModel.DataAnnotations;

namespace Sandbox.Oversight.Misuse;

public sealed class MisuseOptions
{
    public const string Section = "Misuse";

    /// <summary>Days a regulator has to triage a report before it is escalated to a senior regulator.</summary>
    [Range(1, 30)]
    public int TriageDays { get; set; } = 2;

    /// <summary>Days to investigate, by severity, before escalation.</summary>
    [Range(1, 30)]
    public int CriticalInvestigationDays { get; set; } = 2;

    [Range(1, 60)]
    public int HighInvestigationDays { get; set; } = 7;

    [Range(1, 90)]
    public int MediumInvestigationDays { get; set; } = 14;

    [Range(1, 180)]
    public int LowInvestigationDays { get; set; } = 30;

    /// <summary>Anonymous reports accepted per network address per hour; signed-in reporters get three times as many.</summary>
    [Range(1, 1000)]
    public int AnonymousReportsPerHour { get; set; } = 5;

    /// <summary>Gateway refusals on licence conditions within <see cref="TelemetryWindowMinutes"/> that raise a report by themselves.</summary>
    [Range(1, 100_000)]
    public int RefusalThreshold { get; set; } = 20;

    [Range(1, 7 * 24 * 60)]
    public int TelemetryWindowMinutes { get; set; } = 60;

    public int InvestigationDays(MisuseSeverity severity) => severity switch
    {
        MisuseSeverity.Critical => CriticalInvestigationDays,
        MisuseSeverity.High => HighInvestigationDays,
        MisuseSeverity.Medium => MediumInvestigationDays,
        _ => LowInvestigationDays,
    };
}
