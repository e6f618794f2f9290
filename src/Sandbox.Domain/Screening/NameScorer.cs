namespace Sandbox.Domain.Screening;

/// <summary>
/// The one scoring function shared by <see cref="ScreeningIndex"/> and <see cref="BruteForceScreener"/>.
/// <para>Token similarity: 1 for equal tokens, 0.96 for equal folds, otherwise the best of Jaro-Winkler on the
/// tokens, 0.98 × Jaro-Winkler on the folds and 0.85 for equal skeletons; anything under
/// <see cref="TokenFloor"/> counts as 0.</para>
/// <para>Tokens are paired greedily, best pair first (each token used once). With S the sum of paired similarities,
/// the name score is 0.7·S/|query| + 0.3·S/|candidate|: every query word must be found, a candidate word the query
/// lacks (a dropped middle name) costs a little.</para>
/// </summary>
public static class NameScorer
{
    public const double TokenFloor = 0.8;
    public const double QueryWeight = 0.7;
    public const double CandidateWeight = 0.3;
    private const int MaxTokens = 24;

    public static NameToken[] Prepare(IEnumerable<string> tokens) => tokens.Take(MaxTokens).Select(NameToken.Create).ToArray();

    public static double TokenSimilarity(NameToken a, NameToken b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal))
        {
            return 1;
        }

        if (string.Equals(a.Folded, b.Folded, StringComparison.Ordinal))
        {
            return 0.96;
        }

        var best = JaroWinkler(a.Text, b.Text);
        best = Math.Max(best, 0.98 * JaroWinkler(a.Folded, b.Folded));
        if (best < 0.85 && a.Skeleton.Length >= 2 && string.Equals(a.Skeleton, b.Skeleton, StringComparison.Ordinal))
        {
            best = 0.85;
        }

        return best < TokenFloor ? 0 : best;
    }

    /// <summary>The score in [0, 1] of a query against one candidate name.</summary>
    public static double Score(NameToken[] query, NameToken[] candidate)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        int q = query.Length, c = candidate.Length;
        if (q == 0 || c == 0)
        {
            return 0;
        }

        Span<double> sims = stackalloc double[q * c];
        var any = false;
        for (var i = 0; i < q; i++)
        {
            for (var j = 0; j < c; j++)
            {
                var s = TokenSimilarity(query[i], candidate[j]);
                sims[(i * c) + j] = s;
                any |= s > 0;
            }
        }

        if (!any)
        {
            return 0;
        }

        Span<bool> usedQ = stackalloc bool[q];
        Span<bool> usedC = stackalloc bool[c];
        var sum = 0.0;
        for (var round = Math.Min(q, c); round > 0; round--)
        {
            var best = 0.0;
            int bi = -1, bj = -1;
            for (var i = 0; i < q; i++)
            {
                if (usedQ[i])
                {
                    continue;
                }

                for (var j = 0; j < c; j++)
                {
                    var s = sims[(i * c) + j];
                    if (!usedC[j] && s > best)
                    {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }

            if (bi < 0)
            {
                break;
            }

            usedQ[bi] = true;
            usedC[bj] = true;
            sum += best;
        }

        return Math.Min(1, (QueryWeight * sum / q) + (CandidateWeight * sum / c));
    }

    /// <summary>Jaro-Winkler similarity (prefix scale 0.1, up to 4 characters).</summary>
    public static double JaroWinkler(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a.Length > 64 || b.Length > 64)
        {
            return string.Equals(a, b, StringComparison.Ordinal) ? 1 : 0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> matchedA = stackalloc bool[a.Length];
        Span<bool> matchedB = stackalloc bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        var m = (double)matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
        var prefix = 0;
        var limit = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }
}
