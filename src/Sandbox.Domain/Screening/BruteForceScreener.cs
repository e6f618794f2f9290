namespace Sandbox.Domain.Screening;

/// <summary>The baseline: scores every primary name and alias with <see cref="NameScorer.Score"/>.</summary>
public sealed class BruteForceScreener : INameScreener
{
    private readonly ScreeningCorpus _corpus;

    public BruteForceScreener(IEnumerable<ListedParty> parties) => _corpus = new ScreeningCorpus(parties);

    public IReadOnlyList<ScreeningHit> Screen(string name, string? country = null, int max = 10, double threshold = ScreeningDefaults.Threshold)
    {
        var query = NameScorer.Prepare(NameNormalizer.QueryTokens(name));
        var scored = new List<(int, double)>();
        for (var i = 0; i < _corpus.Names.Length; i++)
        {
            var score = NameScorer.Score(query, _corpus.Names[i].Tokens);
            if (score >= threshold)
            {
                scored.Add((i, score));
            }
        }

        return _corpus.Rank(scored, country, max, threshold);
    }
}
