using FsCheck;
using FsCheck.Fluent;
using Sandbox.Domain.Licensing;

namespace Sandbox.Domain.Tests.Licensing;

/// <summary>FsCheck generators: conditions drawn from small pools, so regions, fields, purposes and texts collide often (also in other case).</summary>
public static class ConditionGenerators
{
    private static readonly string?[] Regions = [null, null, "EU", "US"];
    private static readonly string[] Fields = ["email", "Email", "name", "subscriber_id", "face_image", "imei"];
    private static readonly string[] Purposes = ["Count people", "count people ", "Map flood damage", "Test detection", "Train a model"];
    private static readonly string[] Texts = ["Audit the logs.", "audit the logs.", "Report incidents within 24 hours.", "Brief the ethics board monthly."];

    public static Arbitrary<LicenceConditions> Conditions() => Arb.From(Any());

    private static Gen<LicenceConditions> Any() =>
        from retention in Limit(1, 400)
        from region in Gen.Elements(Regions)
        from flags in Gen.Elements(true, false).ArrayOf(5)
        from cells in Limit(2, 50)
        from denied in Some(Fields, 4)
        from rows in Limit(1, 10_000)
        from queries in Limit(1, 1_000)
        from purposes in Some(Purposes, 3)
        from narrative in Some(Texts, 3)
        select new LicenceConditions
        {
            RetentionDays = retention,
            DataLocalizationRegion = region,
            AggregateOnly = flags[0],
            MinimumCellSize = cells,
            NoRawIdentifiers = flags[1],
            DeniedFields = denied,
            MaxRowsPerQuery = rows,
            QueriesPerDay = queries,
            ExportRequiresReview = flags[2],
            TelemetryRequired = flags[3],
            DeclaredPurposes = flags[4] ? purposes : [.. purposes.Take(1)],
            Narrative = narrative,
        };

    private static Gen<int?> Limit(int min, int max) =>
        Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(min, max).Select(value => (int?)value)));

    private static Gen<string[]> Some(string[] pool, int max) => Gen.Elements(pool).ListOf().Select(list => list.Take(max).ToArray());
}
