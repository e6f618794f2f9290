using System.Collections.Concurrent;
using System.Numerics;

namespace Sandbox.Domain.Screening;

/// <summary>
/// Screens names against one or more lists at once, quickly. Built once; thread-safe.
/// <para>Candidate generation: the distinct folded tokens of all names form a vocabulary, indexed by exact fold,
/// by skeleton and by character trigrams (with ^ and $ padding). Each query token finds the vocabulary tokens
/// with the same fold or skeleton, or sharing at least 40% of its trigrams and scoring at least
/// <see cref="NameScorer.TokenFloor"/>; their postings give the names containing a similar token. A name can only
/// reach the threshold if it matches enough query tokens (score ≤ 0.7·m/|q| + 0.3), so names matching fewer are
/// not scored. The rest are scored with <see cref="NameScorer.Score"/>, the same function as the brute-force scan.</para>
/// </summary>
public sealed class ScreeningIndex : INameScreener
{
    private readonly ScreeningCorpus _corpus;
    private readonly NameToken[] _vocabulary;
    private readonly Dictionary<string, int> _byFold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _bySkeleton;
    private readonly Dictionary<string, int[]> _byTrigram;
    private readonly int[][] _postings;
    private readonly int[] _trigramCounts;
    private readonly ConcurrentBag<Scratch> _scratch = [];

    public ScreeningIndex(IEnumerable<ListedParty> parties)
    {
        _corpus = new ScreeningCorpus(parties);
        var vocabulary = new List<NameToken>();
        var postings = new List<List<int>>();
        for (var n = 0; n < _corpus.Names.Length; n++)
        {
            foreach (var token in _corpus.Names[n].Tokens)
            {
                if (!_byFold.TryGetValue(token.Folded, out var id))
                {
                    id = vocabulary.Count;
                    _byFold[token.Folded] = id;
                    vocabulary.Add(token);
                    postings.Add([]);
                }

                var list = postings[id];
                if (list.Count == 0 || list[^1] != n)
                {
                    list.Add(n);
                }
            }
        }

        _vocabulary = [.. vocabulary];
        _postings = postings.Select(p => p.ToArray()).ToArray();
        _bySkeleton = Enumerable.Range(0, _vocabulary.Length)
            .GroupBy(i => _vocabulary[i].Skeleton, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _trigramCounts = _vocabulary.Select(t => Trigrams(t.Folded).Count).ToArray();
        _byTrigram = Enumerable.Range(0, _vocabulary.Length)
            .SelectMany(i => Trigrams(_vocabulary[i].Folded).Select(g => (Gram: g, Id: i)))
            .GroupBy(x => x.Gram, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Id).ToArray(), StringComparer.Ordinal);
    }

    public int PartyCount => _corpus.Parties.Length;

    public int NameCount => _corpus.Names.Length;

    public int VocabularySize => _vocabulary.Length;

    public IReadOnlyList<ScreeningHit> Screen(string name, string? country = null, int max = 10, double threshold = ScreeningDefaults.Threshold)
    {
        var query = NameScorer.Prepare(NameNormalizer.QueryTokens(name));
        if (query.Length == 0)
        {
            return [];
        }

        if (!_scratch.TryTake(out var scratch))
        {
            scratch = new Scratch(_vocabulary.Length, _corpus.Names.Length);
        }

        try
        {
            return Screen(query, country, max, threshold, scratch);
        }
        finally
        {
            _scratch.Add(scratch);
        }
    }

    private IReadOnlyList<ScreeningHit> Screen(NameToken[] query, string? country, int max, double threshold, Scratch scratch)
    {
        var needed = (int)Math.Ceiling(((threshold - NameScorer.CandidateWeight) * query.Length / NameScorer.QueryWeight) - 1e-9);
        needed = Math.Clamp(needed, 1, query.Length);
        scratch.NextName();
        var touched = scratch.Touched;
        touched.Clear();
        for (var qi = 0; qi < query.Length; qi++)
        {
            var bit = 1UL << qi;
            foreach (var tokenId in SimilarTokens(query[qi], scratch))
            {
                foreach (var n in _postings[tokenId])
                {
                    if (scratch.NameStamp[n] != scratch.NameGeneration)
                    {
                        scratch.NameStamp[n] = scratch.NameGeneration;
                        scratch.NameMask[n] = 0;
                        touched.Add(n);
                    }

                    scratch.NameMask[n] |= bit;
                }
            }
        }

        var scored = new List<(int, double)>();
        foreach (var n in touched)
        {
            if (BitOperations.PopCount(scratch.NameMask[n]) < needed)
            {
                continue;
            }

            var score = NameScorer.Score(query, _corpus.Names[n].Tokens);
            if (score >= threshold)
            {
                scored.Add((n, score));
            }
        }

        return _corpus.Rank(scored, country, max, threshold);
    }

    private List<int> SimilarTokens(NameToken token, Scratch scratch)
    {
        var result = scratch.Similar;
        result.Clear();
        scratch.NextToken();
        void Add(int id)
        {
            if (scratch.TokenStamp[id] != -scratch.TokenGeneration)
            {
                scratch.TokenStamp[id] = -scratch.TokenGeneration;
                result.Add(id);
            }
        }

        if (_byFold.TryGetValue(token.Folded, out var exact))
        {
            Add(exact);
        }

        if (token.Skeleton.Length >= 2 && _bySkeleton.TryGetValue(token.Skeleton, out var sameSkeleton))
        {
            foreach (var id in sameSkeleton)
            {
                Add(id);
            }
        }

        var grams = Trigrams(token.Folded);
        var counted = scratch.Counted;
        counted.Clear();
        foreach (var gram in grams)
        {
            if (!_byTrigram.TryGetValue(gram, out var ids))
            {
                continue;
            }

            foreach (var id in ids)
            {
                if (scratch.TokenStamp[id] == -scratch.TokenGeneration)
                {
                    continue;
                }

                if (scratch.TokenStamp[id] != scratch.TokenGeneration)
                {
                    scratch.TokenStamp[id] = scratch.TokenGeneration;
                    scratch.TokenCount[id] = 0;
                    counted.Add(id);
                }

                scratch.TokenCount[id]++;
            }
        }

        foreach (var id in counted)
        {
            if (scratch.TokenStamp[id] != scratch.TokenGeneration)
            {
                continue;
            }

            var shared = scratch.TokenCount[id];
            if (shared < 0.4 * Math.Min(grams.Count, _trigramCounts[id]))
            {
                continue;
            }

            if (NameScorer.TokenSimilarity(token, _vocabulary[id]) > 0)
            {
                Add(id);
            }
        }

        return result;
    }

    private static HashSet<string> Trigrams(string folded)
    {
        var padded = string.Concat("^", folded, "$");
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        if (grams.Count == 0)
        {
            grams.Add(padded);
        }

        return grams;
    }

    private sealed class Scratch(int vocabulary, int names)
    {
        public int[] TokenStamp { get; } = new int[vocabulary];

        public int[] TokenCount { get; } = new int[vocabulary];

        public int TokenGeneration { get; private set; }

        public int[] NameStamp { get; } = new int[names];

        public ulong[] NameMask { get; } = new ulong[names];

        public int NameGeneration { get; private set; }

        public List<int> Touched { get; } = [];

        public List<int> Similar { get; } = [];

        public List<int> Counted { get; } = [];

        public void NextToken() => TokenGeneration++;

        public void NextName() => NameGeneration++;
    }
}
