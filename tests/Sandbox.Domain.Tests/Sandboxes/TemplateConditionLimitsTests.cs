using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;

namespace Sandbox.Domain.Tests.Sandboxes;

public sealed class TemplateConditionLimitsTests
{
    private static readonly TemplateConditionLimits Limits = new() { MaxRowsPerQuery = 5000, QueriesPerDay = 1000, RetentionDays = 90, MinimumCellSize = 5 };

    [Fact]
    public void Looser_numbers_are_tightened_to_the_limits()
    {
        var loose = new LicenceConditions { MaxRowsPerQuery = 50_000, QueriesPerDay = 5000, RetentionDays = 365, MinimumCellSize = 2 };

        var applied = Limits.Apply(loose);

        Assert.Equal((5000, 1000, 90, 5), (applied.MaxRowsPerQuery, applied.QueriesPerDay, applied.RetentionDays, applied.MinimumCellSize));
        Assert.False(Limits.Allows(loose));
    }

    [Fact]
    public void Stricter_numbers_stay_and_nothing_else_changes()
    {
        var strict = new LicenceConditions
        {
            MaxRowsPerQuery = 100, QueriesPerDay = 10, RetentionDays = 30, MinimumCellSize = 20,
            AggregateOnly = true, NoRawIdentifiers = true, DataLocalizationRegion = "EU", DeniedFields = ["plate"],
            DeclaredPurposes = ["Test detection"], Narrative = ["Report incidents."], ExportRequiresReview = true, TelemetryRequired = true,
        };

        Assert.Equal(strict, Limits.Apply(strict));
        Assert.True(Limits.Allows(strict));
    }

    [Fact]
    public void No_limit_in_the_conditions_becomes_the_template_s_and_no_template_limit_keeps_the_conditions()
    {
        var applied = Limits.Apply(new LicenceConditions());
        var unchanged = new TemplateConditionLimits().Apply(new LicenceConditions { RetentionDays = 400 });

        Assert.Equal((5000, 1000, 90, 5), (applied.MaxRowsPerQuery, applied.QueriesPerDay, applied.RetentionDays, applied.MinimumCellSize));
        Assert.Equal(new LicenceConditions { RetentionDays = 400 }, unchanged);
    }
}
