using System.Text.Json;
using System.Text.Json.Serialization;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Risk;
using Sandbox.Testing;

namespace Sandbox.Domain.Tests.Licensing;

/// <summary>Sample licensing data and the seed files, read with the options the store uses.</summary>
internal static class Licences
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Start = new(2026, 12, 15, 0, 0, 0, TimeSpan.Zero);

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static LicenceConditions Conditions { get; } = new()
    {
        RetentionDays = 30,
        DataLocalizationRegion = "EU",
        AggregateOnly = true,
        MinimumCellSize = 10,
        DeniedFields = ["subscriber_id", "faceImage"],
        MaxRowsPerQuery = 5_000,
        QueriesPerDay = 500,
        ExportRequiresReview = true,
        TelemetryRequired = true,
        DeclaredPurposes = ["Count crowd density at event entrances"],
        Narrative = ["An independent auditor reviews the access logs before the licence closes."],
    };

    public static RefusalCatalogue Catalogue { get; } = Read<RefusalCatalogue>(RepositoryPaths.Combine("src", "Sandbox.Licensing", "Seed", "refusal-criteria-v1.json"));

    public static RiskRuleSet RiskRules { get; } = Read<RiskRuleSet>(RepositoryPaths.Combine("src", "Sandbox.Applications", "Seed", "risk-rules-v1.json"));

    public static IEnumerable<string> FieldsOf(IReadOnlyList<FieldProblem> problems) => problems.Select(p => p.Field);

    public static PilotLicence Licence(LicenceStatus status = LicenceStatus.Active, int extensions = 0, DeploymentContext context = DeploymentContext.RealWorldTesting)
    {
        var sunset = SunsetRule.For(context);
        return new PilotLicence
        {
            Id = "lic-1",
            Reference = LicenceReference.Format(2026, 123),
            Kind = LicenceKind.Full,
            ApplicationId = "app-1",
            ApplicationReference = "APP-2026-000042",
            ApplicationVersion = 2,
            HolderOrganizationId = "org-1",
            HolderOrganizationName = "TU Example",
            PilotTitle = "Crowd-density counts at event entrances",
            TemplateId = "crowd-density-analytics",
            Tier = RiskTier.Tier2StandardReview,
            ValidFrom = Start,
            ValidTo = Start.AddDays(sunset.MaxInitialDays),
            SunsetAt = sunset.SunsetAt(Start),
            Status = status,
            Conditions = Conditions,
            Decision = new LicenceDecisionRecord
            {
                Outcome = DecisionOutcome.Approve,
                DecidedById = "user-7",
                DecidedByName = "R. Egulator",
                DecidedAt = Now,
                Rationale = "Low-risk counting pilot with aggregate-only output.",
            },
            ExtensionCount = extensions,
            StatusChanges = [new LicenceStatusChange(LicenceStatus.Issued, Now, "user-7", "R. Egulator", "Approved.")],
            IssuedAt = Now,
        };
    }

    private static T Read<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) ?? throw new InvalidOperationException(path + " is null");
}
