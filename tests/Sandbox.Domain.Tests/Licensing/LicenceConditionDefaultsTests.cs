using Sandbox.Domain.Licensing;
using Sandbox.Domain.Risk;
using static Sandbox.Domain.Tests.Licensing.Licences;

namespace Sandbox.Domain.Tests.Licensing;

public sealed class LicenceConditionDefaultsTests
{
    private static readonly string[] Purposes = ["Count crowd density at event entrances"];

    private static IReadOnlyList<DefaultCondition> DefaultsOf(RiskTier tier) => RiskRules.PolicyFor(tier).DefaultConditions;

    private static string TextOf(RiskTier tier, string code) => DefaultsOf(tier).Single(c => c.Code == code).Text;

    [Fact]
    public void Tier_1_keeps_data_90_days_with_telemetry_and_the_duration_in_words()
    {
        var conditions = LicenceConditionDefaults.From(DefaultsOf(RiskTier.Tier1FastTrack), "EU", Purposes);

        Assert.Equal(new LicenceConditions
        {
            RetentionDays = 90,
            TelemetryRequired = true,
            DeclaredPurposes = Purposes,
            Narrative = [TextOf(RiskTier.Tier1FastTrack, DefaultConditionCodes.MaxDurationDays)],
        }, conditions);
        Assert.Equal(180, LicenceConditionDefaults.MaxDurationDays(DefaultsOf(RiskTier.Tier1FastTrack)));
    }

    [Fact]
    public void Tier_2_adds_export_review_and_no_raw_identifiers_as_a_flag_with_its_text()
    {
        var conditions = LicenceConditionDefaults.From(DefaultsOf(RiskTier.Tier2StandardReview), "EU", Purposes);

        Assert.Equal(new LicenceConditions
        {
            RetentionDays = 90,
            TelemetryRequired = true,
            ExportRequiresReview = true,
            NoRawIdentifiers = true,
            DeclaredPurposes = Purposes,
            Narrative = [TextOf(RiskTier.Tier2StandardReview, DefaultConditionCodes.MaxDurationDays), TextOf(RiskTier.Tier2StandardReview, DefaultConditionCodes.NoRawIdentifiers)],
        }, conditions);
    }

    [Fact]
    public void Tier_3_locks_the_template_region_and_keeps_the_independent_audit_in_words()
    {
        var conditions = LicenceConditionDefaults.From(DefaultsOf(RiskTier.Tier3EnhancedJointReview), "EU", Purposes);

        Assert.Equal(new LicenceConditions
        {
            RetentionDays = 30,
            DataLocalizationRegion = "EU",
            AggregateOnly = true,
            MinimumCellSize = 10,
            TelemetryRequired = true,
            ExportRequiresReview = true,
            NoRawIdentifiers = true,
            DeclaredPurposes = Purposes,
            Narrative =
            [
                TextOf(RiskTier.Tier3EnhancedJointReview, DefaultConditionCodes.MaxDurationDays),
                TextOf(RiskTier.Tier3EnhancedJointReview, DefaultConditionCodes.NoRawIdentifiers),
                TextOf(RiskTier.Tier3EnhancedJointReview, "independent-audit"),
            ],
        }, conditions);
        Assert.Equal(90, LicenceConditionDefaults.MaxDurationDays(DefaultsOf(RiskTier.Tier3EnhancedJointReview)));
    }

    [Fact]
    public void Tier_4_raises_the_cell_size_to_20_and_records_the_exceptional_justification()
    {
        var conditions = LicenceConditionDefaults.From(DefaultsOf(RiskTier.Tier4RefuseUnlessExceptional), "EU", Purposes);

        Assert.Equal(30, conditions.RetentionDays);
        Assert.Equal(20, conditions.MinimumCellSize);
        Assert.Equal("EU", conditions.DataLocalizationRegion);
        Assert.True(conditions.AggregateOnly && conditions.ExportRequiresReview && conditions.TelemetryRequired && conditions.NoRawIdentifiers);
        Assert.Null(conditions.MaxRowsPerQuery);
        Assert.Equal(
            [DefaultConditionCodes.MaxDurationDays, DefaultConditionCodes.NoRawIdentifiers, "independent-audit", "exceptional-justification"],
            conditions.Narrative.Select(text => DefaultsOf(RiskTier.Tier4RefuseUnlessExceptional).Single(c => c.Text == text).Code));
        Assert.Equal(30, LicenceConditionDefaults.MaxDurationDays(DefaultsOf(RiskTier.Tier4RefuseUnlessExceptional)));
    }

    [Fact]
    public void Every_seed_tier_gives_valid_conditions_and_each_tier_is_at_least_as_strict_as_the_one_below()
    {
        var byTier = Enum.GetValues<RiskTier>().Select(tier => LicenceConditionDefaults.From(DefaultsOf(tier), "EU", Purposes)).ToList();

        Assert.All(byTier, conditions => Assert.Empty(LicenceConditionRules.Validate(conditions)));
        for (var i = 1; i < byTier.Count; i++)
        {
            Assert.Empty(byTier[i].ShortfallsAgainst(byTier[i - 1] with { Narrative = [] }));
        }
    }

    [Theory]
    [InlineData("Global")]
    [InlineData(null)]
    [InlineData("not a region")]
    public void A_region_lock_without_a_single_template_region_stays_in_words_for_the_regulator(string? region)
    {
        var conditions = LicenceConditionDefaults.From(DefaultsOf(RiskTier.Tier3EnhancedJointReview), region, Purposes);

        Assert.Null(conditions.DataLocalizationRegion);
        Assert.Contains(conditions.Narrative, text => text.StartsWith(TextOf(RiskTier.Tier3EnhancedJointReview, DefaultConditionCodes.RegionLock), StringComparison.Ordinal)
            && text.Contains("regulator names the licensed region", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_region_in_lower_case_is_locked_in_upper_case() =>
        Assert.Equal("EU", LicenceConditionDefaults.From(DefaultsOf(RiskTier.Tier4RefuseUnlessExceptional), " eu ", Purposes).DataLocalizationRegion);

    [Fact]
    public void Without_a_region_lock_the_template_region_is_not_imposed() =>
        Assert.Null(LicenceConditionDefaults.From(DefaultsOf(RiskTier.Tier2StandardReview), "EU", Purposes).DataLocalizationRegion);

    [Fact]
    public void Humanitarian_terms_on_top_of_a_tier_keep_the_stricter_value_and_get_a_default_cell_size()
    {
        var defaults = DefaultsOf(RiskTier.Tier2StandardReview).Concat(RiskRules.Humanitarian.ExpeditedConditions).ToList();

        var conditions = LicenceConditionDefaults.From(defaults, "Global", Purposes);

        Assert.Equal(30, conditions.RetentionDays);
        Assert.True(conditions.AggregateOnly);
        Assert.Equal(LicenceConditionDefaults.AggregateCellSize, conditions.MinimumCellSize);
        Assert.Single(conditions.Narrative, text => text == TextOf(RiskTier.Tier2StandardReview, DefaultConditionCodes.NoRawIdentifiers));
        Assert.Empty(LicenceConditionRules.Validate(conditions));
    }

    [Fact]
    public void Machine_codes_marked_not_enforceable_and_unknown_codes_become_narrative()
    {
        DefaultCondition[] defaults =
        [
            new("retention-days", "Delete within a week, checked by hand.", MachineEnforceable: false, Value: 7),
            new("retention-days", "Delete within some days.", MachineEnforceable: true),
            new("ethics-board", "The ethics board sees the exit report.", MachineEnforceable: false),
            new("watermark-outputs", "Outputs carry a watermark.", MachineEnforceable: true),
        ];

        var conditions = LicenceConditionDefaults.From(defaults, "EU", Purposes);

        Assert.Null(conditions.RetentionDays);
        Assert.Equal(defaults.Select(d => d.Text), conditions.Narrative);
    }

    [Fact]
    public void Purposes_are_trimmed_and_listed_once()
    {
        var conditions = LicenceConditionDefaults.From([], null, [" Count people ", "count people", "", "Map floods"]);

        Assert.Equal(["Count people", "Map floods"], conditions.DeclaredPurposes);
        Assert.Null(LicenceConditionDefaults.MaxDurationDays([]));
    }
}
