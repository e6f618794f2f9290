namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// How much is seeded and over which span: 10,000 applications first submitted from January 2024 to October 2026,
/// everything that followed from them, and misuse reports, all cut off at <see cref="Cutoff"/>.
/// </summary>
internal static class SeedScope
{
    public const int ApplicationCount = 10_000;
    public const int OrganizationCount = 300;
    public const int MisuseReportCount = 720;

    public static readonly DateTimeOffset FirstSubmission = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset LastSubmission = new(2026, 10, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Nothing seeded happens at or after this instant: a case still under review then stays under review.</summary>
    public static readonly DateTimeOffset Cutoff = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool BeforeCutoff(DateTimeOffset at) => at < Cutoff;
}
