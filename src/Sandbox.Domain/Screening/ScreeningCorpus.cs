namespace Sandbox.Domain.Screening;

/// <summary>One primary name or alias of a record, prepared for scoring.</summary>
internal sealed record IndexedName(int RecordIndex, string Text, bool IsAlias, NameToken[] Tokens);

/// <summary>The names of all records, prepared once; shared by the index and the brute-force scan.</summary>
internal sealed class ScreeningCorpus
{
    public ScreeningCorpus(IEnumerable<SdnRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        Records = records.ToArray();
        Countries = Records.Select(r => r.Countries.Select(c => string.Join(' ', NameNormalizer.QueryTokens(c))).ToHashSet(StringComparer.Ordinal)).ToArray();
        var names = new List<IndexedName>();
        for (var i = 0; i < Records.Length; i++)
        {
            var record = Records[i];
            var individual = record.Type == SdnPartyType.Individual;
            names.Add(new IndexedName(i, record.Name, false, NameScorer.Prepare(NameNormalizer.Tokens(record.Name, individual))));
            foreach (var alias in record.Aliases)
            {
                names.Add(new IndexedName(i, alias, true, NameScorer.Prepare(NameNormalizer.Tokens(alias, individual))));
            }
        }

        Names = names.Where(n => n.Tokens.Length > 0).ToArray();
    }

    public SdnRecord[] Records { get; }

    public HashSet<string>[] Countries { get; }

    public IndexedName[] Names { get; }

    /// <summary>Keeps the best name per record, applies the country boost, ranks and cuts.</summary>
    public IReadOnlyList<ScreeningHit> Rank(IEnumerable<(int NameIndex, double Score)> scored, string? country, int max, double threshold)
    {
        var normalizedCountry = string.IsNullOrWhiteSpace(country) ? null : string.Join(' ', NameNormalizer.QueryTokens(country));
        var best = new Dictionary<int, (int NameIndex, double Score)>();
        foreach (var (nameIndex, score) in scored)
        {
            if (score < threshold)
            {
                continue;
            }

            var record = Names[nameIndex].RecordIndex;
            if (!best.TryGetValue(record, out var current) || score > current.Score)
            {
                best[record] = (nameIndex, score);
            }
        }

        var hits = new List<ScreeningHit>(best.Count);
        foreach (var (record, (nameIndex, score)) in best)
        {
            var supporting = normalizedCountry is not null && Countries[record].Contains(normalizedCountry);
            var final = supporting ? Math.Min(1, score + ScreeningDefaults.CountryBoost) : score;
            var name = Names[nameIndex];
            hits.Add(new ScreeningHit(Records[record], final, score, name.Text, name.IsAlias, supporting));
        }

        hits.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Record.Id.CompareTo(b.Record.Id));
        return hits.Count > max ? hits.GetRange(0, max) : hits;
    }
}
