using FsCheck;
using FsCheck.Fluent;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Risk;

namespace Sandbox.Domain.Tests.Risk;

/// <summary>FsCheck generators: any pilot the application could describe, with duplicates and mixed-case countries.</summary>
public static class RiskInputs
{
    private static readonly string[] Countries = ["NL", "DE", "US", "JP", "KE", "PH", "AE", "BR", "nl", " de "];

    public static Arbitrary<RiskInput> Input() => Arb.From(Pilot());

    public static Arbitrary<Safeguard> AnySafeguard() => Arb.From(Gen.Elements(Enum.GetValues<Safeguard>()));

    public static Arbitrary<Capability> AnyCapability() => Arb.From(Gen.Elements(Enum.GetValues<Capability>()));

    public static Arbitrary<DataCategory> AnyDataCategory() => Arb.From(Gen.Elements(Enum.GetValues<DataCategory>()));

    public static Arbitrary<VulnerableGroup> AnyVulnerableGroup() => Arb.From(Gen.Elements(Enum.GetValues<VulnerableGroup>()));

    private static Gen<RiskInput> Pilot() =>
        from items in Item().ListOf().Select(list => list.Take(4).ToArray())
        from endUse in Gen.Elements(Enum.GetValues<EndUseCategory>())
        from sectors in Some(Enum.GetValues<PartySector>())
        from screening in Screening()
        from destinations in Some(Countries)
        from partner in Gen.Elements(true, false)
        from humanitarian in Gen.Elements(true, false)
        from data in Some(Enum.GetValues<DataCategory>())
        from groups in Some(Enum.GetValues<VulnerableGroup>())
        from context in Gen.Elements(Enum.GetValues<DeploymentContext>())
        from days in Gen.Choose(0, 400)
        from safeguards in Some(Enum.GetValues<Safeguard>())
        select new RiskInput(items, endUse, sectors, screening, destinations, partner, humanitarian, data, groups, context, days, safeguards);

    private static Gen<RiskItem> Item() =>
        from classified in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from impact in Gen.Elements(Enum.GetValues<ImpactRating>())
        from capabilities in Some(Enum.GetValues<Capability>())
        select new RiskItem(classified ? impact : null, capabilities);

    private static Gen<ScreeningSummary> Screening() =>
        from unresolved in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from confirmed in Gen.Frequency((9, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from allied in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        select new ScreeningSummary(unresolved, confirmed, allied);

    /// <summary>A few members, possibly repeated, in any order.</summary>
    private static Gen<T[]> Some<T>(IReadOnlyList<T> members) =>
        Gen.Elements(members.ToArray()).ListOf().Select(list => list.Take(members.Count + 2).ToArray());
}
