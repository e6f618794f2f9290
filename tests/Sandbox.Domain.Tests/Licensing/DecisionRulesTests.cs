using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using static Sandbox.Domain.Tests.Licensing.Licences;

namespace Sandbox.Domain.Tests.Licensing;

public sealed class DecisionRulesTests
{
    private const int Requested = 120;
    private const string Reasons = "The end user's record shows surveillance of journalists in the destination.";

    private static readonly DateTimeOffset Today = new(Now.UtcDateTime.Date, TimeSpan.Zero);

    private static readonly LicenceDecision Approval = new()
    {
        Outcome = DecisionOutcome.Approve,
        Conditions = Conditions,
        ValidFrom = Start,
        ValidTo = Start.AddDays(Requested),
    };

    private static readonly LicenceDecision Refusal = new()
    {
        Outcome = DecisionOutcome.Refuse,
        RefusalCodes = ["EU-2021-821-ART15-1C-CRIT2A", "SBX-DENIED-PARTY"],
        Rationale = Reasons,
    };

    private static IReadOnlyList<FieldProblem> Check(LicenceDecision? decision, DeploymentContext context = DeploymentContext.RealWorldTesting, int requested = Requested) =>
        DecisionRules.Validate(decision, Catalogue, SunsetRule.For(context), Now, requested);

    [Fact]
    public void Valid_decisions_of_every_outcome_have_no_problems()
    {
        Assert.Empty(Check(Approval));
        Assert.Empty(Check(Approval with { ValidFrom = Today, ValidTo = Today.AddDays(Requested) }));
        Assert.Empty(Check(Approval with { Outcome = DecisionOutcome.ApproveWithProvisos }));
        Assert.Empty(Check(Approval with { Outcome = DecisionOutcome.ApproveWithProvisos, Conditions = Conditions with { Narrative = [] }, Rationale = "Approved provided the ethics board signs off each export." }));
        Assert.Empty(Check(Refusal));
        Assert.Empty(Check(new LicenceDecision { Outcome = DecisionOutcome.NoLicenceRequired, Rationale = "Nothing in the pilot is a controlled item or a cyber-surveillance item." }));
    }

    [Fact]
    public void A_missing_decision_or_an_unknown_outcome_is_a_problem()
    {
        Assert.Equal(["$"], FieldsOf(Check(null)));
        var unknown = Assert.Single(Check(Approval with { Outcome = (DecisionOutcome)42 }));
        Assert.Equal("outcome", unknown.Field);
        Assert.Contains("ApproveWithProvisos", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approval_needs_valid_conditions_named_under_conditions()
    {
        Assert.Equal(["conditions"], FieldsOf(Check(Approval with { Conditions = null })));
        Assert.Equal(["conditions.retentionDays", "conditions.declaredPurposes"], FieldsOf(Check(Approval with { Conditions = Conditions with { RetentionDays = 0, DeclaredPurposes = [] } })));
    }

    [Fact]
    public void An_approval_needs_both_ends_of_its_window()
    {
        Assert.Equal(["validFrom"], FieldsOf(Check(Approval with { ValidFrom = null })));
        Assert.Equal(["validTo"], FieldsOf(Check(Approval with { ValidTo = null })));
        Assert.Equal(["validFrom", "validTo"], FieldsOf(Check(Approval with { ValidFrom = null, ValidTo = null })));
    }

    [Fact]
    public void A_licence_starts_no_earlier_than_today_in_utc()
    {
        var yesterday = Today.AddTicks(-1);
        var problem = Assert.Single(Check(Approval with { ValidFrom = yesterday, ValidTo = yesterday.AddDays(30) }));

        Assert.Equal("validFrom", problem.Field);
        Assert.Contains("2026-12-01", problem.Message, StringComparison.Ordinal);
        Assert.Empty(Check(Approval with { ValidFrom = Today, ValidTo = Today.AddDays(30) }));
        var todayInUtcButYesterdayInNewYork = new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.FromHours(-5));
        Assert.Empty(Check(Approval with { ValidFrom = todayInUtcButYesterdayInNewYork, ValidTo = todayInUtcButYesterdayInNewYork.AddDays(30) }));
    }

    [Fact]
    public void The_window_fits_the_sunset_rule()
    {
        var problems = Check(Approval with { ValidTo = Start.AddDays(184) }, requested: 200);

        var problem = Assert.Single(problems);
        Assert.Equal("validTo", problem.Field);
        Assert.Contains("183 days", problem.Message, StringComparison.Ordinal);
        Assert.Empty(Check(Approval with { ValidTo = Start.AddDays(184) }, DeploymentContext.LabOnly, requested: 200));
        Assert.Equal(["validTo"], FieldsOf(Check(Approval with { ValidTo = Start })));
    }

    [Fact]
    public void The_window_is_no_longer_than_the_applicant_asked_for()
    {
        var problem = Assert.Single(Check(Approval with { ValidTo = Start.AddDays(Requested + 1) }));

        Assert.Equal("validTo", problem.Field);
        Assert.Contains("120 days", problem.Message, StringComparison.Ordinal);
        Assert.Empty(Check(Approval with { ValidTo = Start.AddDays(Requested - 30) }));
    }

    [Fact]
    public void Approval_with_provisos_names_them_in_a_narrative_condition_or_the_rationale()
    {
        var unexplained = Approval with { Outcome = DecisionOutcome.ApproveWithProvisos, Conditions = Conditions with { Narrative = [] }, Rationale = "See file." };

        Assert.Equal(["conditions.narrative"], FieldsOf(Check(unexplained)));
        Assert.Empty(Check(unexplained with { Outcome = DecisionOutcome.Approve }));
    }

    [Fact]
    public void An_approval_carries_no_refusal_codes_and_a_rationale_of_at_most_4000_characters()
    {
        Assert.Equal(["refusalCodes"], FieldsOf(Check(Approval with { RefusalCodes = ["SBX-DENIED-PARTY"] })));
        Assert.Equal(["refusalCodes"], FieldsOf(Check(Approval with { RefusalCodes = null! })));
        Assert.Equal(["rationale"], FieldsOf(Check(Approval with { Rationale = new string('r', 4001) })));
    }

    [Fact]
    public void A_refusal_needs_at_least_one_known_code_listed_once()
    {
        Assert.Equal(["refusalCodes"], FieldsOf(Check(Refusal with { RefusalCodes = [] })));
        Assert.Equal(["refusalCodes"], FieldsOf(Check(Refusal with { RefusalCodes = null! })));
        var unknown = Assert.Single(Check(Refusal with { RefusalCodes = ["SBX-DENIED-PARTY", "sbx-denied-party"] }));
        Assert.Equal("refusalCodes[1]", unknown.Field);
        Assert.Contains("version 1", unknown.Message, StringComparison.Ordinal);
        var duplicate = Assert.Single(Check(Refusal with { RefusalCodes = ["SBX-DENIED-PARTY", "EU-2021-821-ART5", "SBX-DENIED-PARTY"] }));
        Assert.Equal("refusalCodes[2]", duplicate.Field);
        Assert.Equal(["refusalCodes[0]"], FieldsOf(Check(Refusal with { RefusalCodes = [null!] })));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("Too risky.")]
    public void A_refusal_needs_a_rationale_of_at_least_20_characters(string? rationale) =>
        Assert.Equal(["rationale"], FieldsOf(Check(Refusal with { Rationale = rationale })));

    [Fact]
    public void A_refusal_rationale_is_at_most_4000_characters()
    {
        Assert.Empty(Check(Refusal with { Rationale = new string('r', 4000) }));
        Assert.Equal(["rationale"], FieldsOf(Check(Refusal with { Rationale = new string('r', 4001) })));
    }

    [Fact]
    public void A_refusal_carries_no_conditions_and_no_window()
    {
        var problems = Check(Refusal with { Conditions = Conditions, ValidFrom = Start, ValidTo = Start.AddDays(10) });

        Assert.Equal(["conditions", "validFrom", "validTo"], FieldsOf(problems));
    }

    [Fact]
    public void No_licence_required_needs_a_rationale_and_carries_nothing_a_licence_would()
    {
        var decision = new LicenceDecision { Outcome = DecisionOutcome.NoLicenceRequired };

        Assert.Equal(["rationale"], FieldsOf(Check(decision)));
        Assert.Equal(
            ["conditions", "validTo", "refusalCodes"],
            FieldsOf(Check(decision with { Rationale = "Nothing in the pilot is controlled at all.", Conditions = Conditions, ValidTo = Start, RefusalCodes = ["SBX-DENIED-PARTY"] })));
    }

    [Fact]
    public void The_requested_duration_comes_from_a_validated_application()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Check(Approval, requested: 0));
    }
}
