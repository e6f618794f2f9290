namespace Sandbox.Domain.Screening;

/// <summary>The names of all parties, prepared once; shared by the index and the brute-force scan.</summary>
internal sealed class ScreeningCorpus
{
    public ScreeningCorpus(IEnumerable<ListedParty> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        Parties = parties.ToArray();
        Countries = Parties.Select(p => p.Countries.Select(CountryKeys.Key).OfType<string>().ToHashSet(StringComparer.Ordinal)).ToArray();
        var names = new List<IndexedName>();
        for (var i = 0; i < Parties.Length; i++)
        {
            var party = Parties[i];
            var individual = party.Type == ListedPartyType.Individual;
            names.Add(new IndexedName(i, party.Name, false, NameScorer.Prepare(NameNormalizer.Tokens(party.Name, individual))));
            foreach (var alias in party.Aliases)
            {
                names.Add(new IndexedName(i, alias, true, NameScorer.Prepare(NameNormalizer.Tokens(alias, individual))));
            }
        }

        Names = names.Where(n => n.Tokens.Length > 0).ToArray();
    }

    public ListedParty[] Parties { get; }

    public HashSet<string>[] Countries { get; }

    public IndexedName[] Names { get; }

    /// <summary>Keeps the best name per party, applies the country boost, ranks (score, then list order) and cuts.</summary>
    public IReadOnlyList<ScreeningHit> Rank(IEnumerable<(int NameIndex, double Score)> scored, string? country, int max, double threshold)
    {
        var countryKey = CountryKeys.Key(country);
        var best = new Dictionary<int, (int NameIndex, double Score)>();
        foreach (var (nameIndex, score) in scored)
        {
            if (score < threshold)
            {
                continue;
            }

            var party = Names[nameIndex].PartyIndex;
            if (!best.TryGetValue(party, out var current) || score > current.Score)
            {
                best[party] = (nameIndex, score);
            }
        }

        var ranked = new List<(int Party, ScreeningHit Hit)>(best.Count);
        foreach (var (party, (nameIndex, score)) in best)
        {
            var supporting = countryKey is not null && Countries[party].Contains(countryKey);
            var final = supporting ? Math.Min(1, score + ScreeningDefaults.CountryBoost) : score;
            var name = Names[nameIndex];
            ranked.Add((party, new ScreeningHit(Parties[party], final, score, name.Text, name.IsAlias, supporting)));
        }

        ranked.Sort((a, b) => b.Hit.Score != a.Hit.Score ? b.Hit.Score.CompareTo(a.Hit.Score) : a.Party.CompareTo(b.Party));
        return ranked.Take(max).Select(r => r.Hit).ToArray();
    }
}
