using Sandbox.Domain.Applications;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// The parties of a seeded application and the regions they must count in. The region of each country is stated
/// here, not looked up in the app's table, so a wrong table would fail the check; <c>AQ</c> is in no region.
/// </summary>
internal static class SeededDestinations
{
    private static readonly (string Country, string Region)[] Countries =
    [
        ("NL", "eu"), ("DE", "eu"), ("FR", "eu"), ("ES", "eu"), ("IT", "eu"), ("PL", "eu"), ("SE", "eu"), ("BE", "eu"), ("AT", "eu"), ("IE", "eu"),
        ("NO", "europe-other"), ("CH", "europe-other"), ("GB", "europe-other"), ("UA", "europe-other"),
        ("US", "north-america"), ("CA", "north-america"),
        ("BR", "latin-america"), ("MX", "latin-america"), ("CL", "latin-america"),
        ("JP", "asia-pacific"), ("SG", "asia-pacific"), ("AU", "asia-pacific"), ("IN", "asia-pacific"),
        ("AE", "middle-east-north-africa"), ("TR", "middle-east-north-africa"), ("MA", "middle-east-north-africa"), ("IL", "middle-east-north-africa"),
        ("KE", "sub-saharan-africa"), ("NG", "sub-saharan-africa"), ("ZA", "sub-saharan-africa"), ("GH", "sub-saharan-africa"),
        ("AQ", "other"),
    ];

    private static readonly PartyRole[] DestinationRoles = [PartyRole.EndUser, PartyRole.Consignee, PartyRole.UltimateEndUser];

    /// <summary>Half of the end users in the EU, the rest spread; some consignees elsewhere; third parties never count.</summary>
    public static List<Party> Parties(Random random)
    {
        var endUser = random.Chance(50) ? Countries[random.Next(10)] : random.Pick(Countries);
        var parties = new List<Party>();
        if (!random.Chance(3))
        {
            parties.Add(Party(PartyRole.EndUser, "End user", endUser.Country));
        }

        if (random.Chance(60))
        {
            parties.Add(Party(PartyRole.Consignee, "Consignee", random.Chance(70) ? endUser.Country : random.Pick(Countries).Country));
        }

        if (random.Chance(15))
        {
            parties.Add(Party(PartyRole.UltimateEndUser, "Ultimate end user", random.Pick(Countries).Country));
        }

        if (random.Chance(30))
        {
            parties.Add(Party(PartyRole.ThirdParty, "Integrator", random.Pick(Countries).Country));
        }

        return parties;
    }

    public static HashSet<string> RegionsOf(IEnumerable<Party> parties)
    {
        var regions = parties.Where(p => p.Role is { } role && DestinationRoles.Contains(role))
            .Select(p => Array.Find(Countries, c => c.Country == p.Country).Region)
            .ToHashSet(StringComparer.Ordinal);
        return regions.Count > 0 ? regions : ["other"];
    }

    private static Party Party(PartyRole role, string name, string country) =>
        new() { Role = role, Name = $"{name} in {country}", Sector = PartySector.CommercialCompany, Country = country };
}
