using System.Globalization;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Risk;
using Sandbox.Testing.Applications;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// An application and its frozen versions as intake stores them. Amended versions add parties, so only the latest
/// version names every destination: the figures must come from it.
/// </summary>
internal static class ApplicationDocuments
{
    public static ApplicationContent Content(CaseFile file, IReadOnlyList<Party> parties, bool expedited, DateOnly startOn)
    {
        var sample = expedited ? SampleApplications.FloodDrones(startOn) : SampleApplications.CrowdCounting(startOn);
        return sample with
        {
            Plan = sample.Plan! with { Title = file.Title },
            TechnologyItems = [.. file.Codes.Select(code => sample.TechnologyItems[0] with { ClassificationCode = code })],
            Parties = parties,
            SandboxTemplateId = file.TemplateId,
        };
    }

    public static List<ApplicationVersion> Versions(CaseFile file, ApplicationContent latest, IReadOnlyList<DateTimeOffset> submittedAt)
    {
        var assessment = Assessment(file);
        return
        [
            .. submittedAt.Select((at, index) =>
            {
                var number = index + 1;
                var content = number == submittedAt.Count ? latest : latest with { Parties = [.. latest.Parties.Take(1)] };
                return new ApplicationVersion
                {
                    Id = ApplicationVersion.IdFor(file.ApplicationId, number),
                    ApplicationId = file.ApplicationId,
                    Number = number,
                    Content = content,
                    SubmittedAt = at,
                    SubmittedBy = "user-" + file.OrganizationId,
                    CatalogueVersion = 1,
                    Screening = [.. content.Parties.Select((p, i) => new PartyScreening(i, p.Name!, p.Country, []))],
                    Assessment = assessment,
                };
            }),
        ];
    }

    public static PilotApplication Application(CaseFile file, ApplicationContent latest, IReadOnlyList<DateTimeOffset> submittedAt, DateTimeOffset? withdrawnAt)
    {
        var first = submittedAt[0];
        var last = submittedAt[^1];
        return new PilotApplication
        {
            Id = file.ApplicationId,
            Reference = file.Reference,
            OrganizationId = file.OrganizationId,
            OrganizationName = "Organization " + file.OrganizationId,
            CreatedBy = "user-" + file.OrganizationId,
            CreatedAt = first.AddDays(-3),
            UpdatedAt = withdrawnAt ?? last,
            Status = withdrawnAt is null ? ApplicationStatus.Submitted : ApplicationStatus.Withdrawn,
            VersionCount = submittedAt.Count,
            Title = file.Title,
            EndUseCategory = latest.EndUse?.Category,
            IsExpedited = latest.IsExpedited,
            SubmittedAt = first,
            LastSubmittedAt = last,
            SlaDueAt = last.AddDays(file.ReviewDays),
            Tier = file.Tier,
            Assessment = Assessment(file),
            ScreeningStatus = ScreeningStatus.Clear,
            ClassificationCodes = file.Codes,
            WithdrawalReason = withdrawnAt is null ? null : "The pilot partner left the consortium.",
        };
    }

    public static string Reference(DateTimeOffset submittedAt, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"APP-{submittedAt.Year}-{index + 1:D6}");

    private static RiskAssessment Assessment(CaseFile file)
    {
        var impact = 10 * file.Tier;
        RiskFactor[] factors =
        [
            new("impact", "Highest impact item", impact, $"Highest impact item (+{impact})"),
            new("exposure.population", "Affected population", 8, "Affected population: between 1,000 and 100,000 people (+8)"),
            new("duration", "Duration", 4, "Pilot duration: 91 to 180 days (+4)"),
            new("safeguard.informed-consent", "Informed consent", -5, "Safeguard: informed consent of data subjects (-5)"),
        ];
        DefaultCondition[] conditions =
        [
            new("retention-days", "Delete raw pilot data within 90 days of collection.", true, 90),
            new("telemetry-required", "The environment streams usage telemetry to the authority for the whole pilot.", true),
        ];
        var score = factors.Sum(f => f.Points);
        return new RiskAssessment(1, factors, score, (RiskTier)file.Tier, $"Score {score} falls in tier {file.Tier}", conditions, file.ReviewDays);
    }
}
