using FsCheck.Xunit;
using Sandbox.Domain.Licensing;

namespace Sandbox.Domain.Tests.Licensing;

/// <summary>The promises of <see cref="LicenceConditions.Strictest"/>, over 1,000 generated pairs each.</summary>
public sealed class StrictestPropertyTests
{
    private const int Runs = 1_000;

    [Property(Arbitrary = [typeof(ConditionGenerators)], MaxTest = Runs)]
    public bool The_strictest_is_at_least_as_strict_as_both_unless_regions_or_purposes_conflict(LicenceConditions a, LicenceConditions b)
    {
        var strictest = LicenceConditions.Strictest(a, b);
        return Conflict(a, b) || (strictest.IsAtLeastAsStrictAs(a) && strictest.IsAtLeastAsStrictAs(b));
    }

    [Property(Arbitrary = [typeof(ConditionGenerators)], MaxTest = Runs)]
    public bool The_strictest_is_always_at_least_as_strict_as_the_first(LicenceConditions a, LicenceConditions b) =>
        Overlap(a.DeclaredPurposes, b.DeclaredPurposes) is not false ? LicenceConditions.Strictest(a, b).IsAtLeastAsStrictAs(a) : true;

    [Property(Arbitrary = [typeof(ConditionGenerators)], MaxTest = Runs)]
    public bool The_order_of_the_arguments_changes_nothing_but_a_conflicting_region(LicenceConditions a, LicenceConditions b)
    {
        var ab = LicenceConditions.Strictest(a, b);
        var ba = LicenceConditions.Strictest(b, a);
        return RegionsConflict(a, b) || (ab.IsAtLeastAsStrictAs(ba) && ba.IsAtLeastAsStrictAs(ab));
    }

    [Property(Arbitrary = [typeof(ConditionGenerators)], MaxTest = Runs)]
    public bool Applying_the_strictest_again_changes_nothing_unless_no_purpose_was_left(LicenceConditions a, LicenceConditions b)
    {
        var once = LicenceConditions.Strictest(a, b);
        return Overlap(a.DeclaredPurposes, b.DeclaredPurposes) == false
            || (LicenceConditions.Strictest(once, once).Equals(once) && LicenceConditions.Strictest(once, b).Equals(once));
    }

    [Property(Arbitrary = [typeof(ConditionGenerators)], MaxTest = Runs)]
    public bool Conditions_are_as_strict_as_themselves(LicenceConditions a) => a.IsAtLeastAsStrictAs(a);

    [Property(Arbitrary = [typeof(ConditionGenerators)], MaxTest = Runs)]
    public bool Two_valid_conditions_without_conflict_give_valid_conditions(LicenceConditions a, LicenceConditions b) =>
        LicenceConditionRules.Validate(a).Count > 0 || LicenceConditionRules.Validate(b).Count > 0 || Conflict(a, b)
        || LicenceConditionRules.Validate(LicenceConditions.Strictest(a, b)).Count == 0;

    [Property(Arbitrary = [typeof(ConditionGenerators)], MaxTest = Runs)]
    public bool A_provisional_licence_is_always_at_least_as_strict_as_the_floor_and_its_own_conditions(LicenceConditions a)
    {
        var provisional = ProvisionalConditions.Apply(a);
        return provisional.IsAtLeastAsStrictAs(ProvisionalConditions.Floor) && provisional.IsAtLeastAsStrictAs(a);
    }

    private static bool Conflict(LicenceConditions a, LicenceConditions b) => RegionsConflict(a, b) || Overlap(a.DeclaredPurposes, b.DeclaredPurposes) == false;

    private static bool RegionsConflict(LicenceConditions a, LicenceConditions b) =>
        a.DataLocalizationRegion is not null && b.DataLocalizationRegion is not null && a.DataLocalizationRegion != b.DataLocalizationRegion;

    /// <summary>Null when either list is empty (no constraint), else whether any purpose is in both.</summary>
    private static bool? Overlap(IReadOnlyList<string> left, IReadOnlyList<string> right) =>
        left.Count == 0 || right.Count == 0 ? null : left.Any(l => right.Any(r => string.Equals(l.Trim(), r.Trim(), StringComparison.OrdinalIgnoreCase)));
}
