using System.Globalization;
using Sandbox.Domain.Applications;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// The applications, from a fixed seed: first submitted evenly over the span; 80% on the standard path (tiers
/// 1–4 at about 35/40/20/5%, 30% amended once or twice after a request for information), 8% humanitarian and 12%
/// verified partners (tiers 1–2); one or two catalogue categories; destinations from <see cref="SeededDestinations"/>.
/// </summary>
internal sealed class CaseGenerator(Random random, SeededFacts facts)
{
    private static readonly string[] Codes =
    [
        "SBX-INT-SYS", "SBX-INT-SW", "SBX-INT-TECH", "SBX-MOB-INTERCEPT", "SBX-IP-SURV", "SBX-LE-MONITOR",
        "SBX-BIO-ID", "SBX-GEO-TRACK", "SBX-BEHAV-VIDEO", "SBX-BORDER-FUSION", "SBX-AERIAL-IMAGING", "SBX-RESEARCH-TOOLS",
    ];

    private static readonly string[] Templates = ["crowd-density-analytics", "network-flow-intrusion", "border-sensor-telemetry"];

    public SeededCase Next(int index)
    {
        var submittedAt = random.Between(SeedScope.FirstSubmission, SeedScope.LastSubmission);
        var path = random.Next(100) switch { < 80 => "standard", < 88 => "humanitarian", _ => "partner" };
        var tier = path == "standard" ? random.Next(100) switch { < 35 => 1, < 75 => 2, < 95 => 3, _ => 4 } : random.Chance(60) ? 1 : 2;
        string[] codes = random.Chance(25) ? [.. new[] { random.Pick(Codes), random.Pick(Codes) }.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] : [random.Pick(Codes)];
        var parties = SeededDestinations.Parties(random);
        var organization = "org-" + random.Next(SeedScope.OrganizationCount).ToString("D4", CultureInfo.InvariantCulture);
        var file = new CaseFile(
            random.HexId(), ApplicationDocuments.Reference(submittedAt, index), $"Pilot {index + 1}: trial of {codes[0]}", organization, tier, codes,
            [.. parties.Where(p => p.Role != PartyRole.ThirdParty).Select(p => p.Country!).Distinct(StringComparer.Ordinal)],
            path == "humanitarian" ? "disaster-drone-imagery" : random.Pick(Templates));

        var story = new CaseStory(random, facts, file);
        switch (path)
        {
            case "humanitarian":
                story.Humanitarian(submittedAt);
                break;
            case "partner":
                story.Partner(submittedAt);
                break;
            default:
                story.Standard(submittedAt, random.Next(100) switch { < 70 => 1, < 92 => 2, _ => 3 });
                break;
        }

        List<DateTimeOffset> submissions = [submittedAt, .. story.Resubmissions];
        var content = ApplicationDocuments.Content(file, parties, path == "humanitarian", DateOnly.FromDateTime(submittedAt.UtcDateTime).AddDays(30));
        facts.Submissions.Add(new SubmissionFact(submittedAt, tier, codes, SeededDestinations.RegionsOf(parties)));
        return new SeededCase(
            file, ApplicationDocuments.Application(file, content, submissions, story.WithdrawnAt), ApplicationDocuments.Versions(file, content, submissions),
            story.Instances, story.Licences);
    }
}
