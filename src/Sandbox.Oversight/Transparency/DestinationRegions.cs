using Sandbox.Domain.Organizations;

namespace Sandbox.Oversight.Transparency;

/// <summary>
/// Destination countries grouped into the regions a transparency report shows, so no single country with one pilot is
/// named. The EU follows <see cref="DataRegions"/>; the other groups follow the UN geoscheme loosely and list the
/// countries pilots are likely to name. A country not listed counts as <see cref="Other"/>.
/// </summary>
public static class DestinationRegions
{
    public const string EuropeanUnion = "eu";
    public const string OtherEurope = "europe-other";
    public const string NorthAmerica = "north-america";
    public const string LatinAmerica = "latin-america";
    public const string AsiaPacific = "asia-pacific";
    public const string MiddleEastNorthAfrica = "middle-east-north-africa";
    public const string SubSaharanAfrica = "sub-saharan-africa";
    public const string Other = "other";

    public static IReadOnlyList<(string Key, string Label)> All { get; } =
    [
        (EuropeanUnion, "European Union"),
        (OtherEurope, "Europe outside the EU"),
        (NorthAmerica, "North America"),
        (LatinAmerica, "Latin America and the Caribbean"),
        (AsiaPacific, "Asia and the Pacific"),
        (MiddleEastNorthAfrica, "Middle East and North Africa"),
        (SubSaharanAfrica, "Sub-Saharan Africa"),
        (Other, "Other or unspecified"),
    ];

    private static readonly Dictionary<string, string> Countries = Table();

    /// <summary>The region of an ISO 3166-1 alpha-2 code.</summary>
    public static string Of(string? countryCode)
    {
        if (string.IsNullOrWhiteSpace(countryCode))
        {
            return Other;
        }

        var code = countryCode.Trim().ToUpperInvariant();
        return DataRegions.Of(code) == DataRegions.EuropeanUnion ? EuropeanUnion : Countries.GetValueOrDefault(code, Other);
    }

    private static Dictionary<string, string> Table()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(table, OtherEurope, "AL AD BA BY CH FO GB GI IS LI MC MD ME MK NO RS RU SM UA VA XK");
        Add(table, NorthAmerica, "US CA GL BM");
        Add(table, LatinAmerica, "MX GT BZ SV HN NI CR PA CU DO HT JM TT BB BS AR BO BR CL CO EC GY PE PY SR UY VE PR");
        Add(table, AsiaPacific, "CN JP KR KP MN TW HK MO IN PK BD LK NP BT MV AF KZ KG TJ TM UZ ID MY SG TH VN PH KH LA MM BN TL AU NZ PG FJ SB VU WS TO");
        Add(table, MiddleEastNorthAfrica, "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE DZ EG LY MA TN SD AM AZ GE");
        Add(table, SubSaharanAfrica,
            "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU MW MZ NA NE NG RW SC SL SN SO SS ST SZ TD TG TZ UG ZA ZM ZW");
        return table;
    }

    private static void Add(Dictionary<string, string> table, string region, string codes)
    {
        foreach (var code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            table[code] = region;
        }
    }

    public static string LabelOf(string key) => All.FirstOrDefault(r => r.Key == key).Label ?? key;
}
