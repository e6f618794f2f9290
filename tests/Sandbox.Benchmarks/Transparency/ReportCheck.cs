using Sandbox.Oversight.Transparency;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>Stops the run, rather than timing an empty or wrong computation, when a report differs from what was seeded.</summary>
internal static class ReportCheck
{
    /// <summary>Figures every measured period must hold some of, so that no collector can be measured reading nothing.</summary>
    public static IReadOnlyList<string> Headlines { get; } =
    [
        "applications", "approvals", "provisional", "refusals", "no-licence", "suspensions", "revocations",
        "decided/standard", "decided/humanitarian", "decided/partner", "active-sandboxes", "exports", "misuse",
    ];

    public static void RequireSeeded(TransparencyReport report, IReadOnlyDictionary<string, int> seeded)
    {
        var computed = ReportFigures.Of(report);
        var wrong = seeded.Keys.Union(computed.Keys).Order(StringComparer.Ordinal)
            .Where(key => seeded.GetValueOrDefault(key) != computed.GetValueOrDefault(key))
            .Select(key => $"{key}: seeded {seeded.GetValueOrDefault(key)}, computed {computed.GetValueOrDefault(key)}")
            .ToList();
        wrong.AddRange(Headlines.Where(key => seeded.GetValueOrDefault(key) == 0).Select(key => $"{key}: nothing seeded in the period"));
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException($"The report for {report.Period.Id} does not match the seeded store:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
        }
    }
}
