namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// Ranks the items of one level: a depth-first walk in discovery order marks the edges closing a loop as back edges
/// (reversed, so the rest is acyclic), then each item goes one layer below its lowest predecessor (longest path).
/// Items that only lead somewhere are pulled down next to what they lead to; empty layers are squeezed out.
/// </summary>
internal static class LevelRanking
{
    public static Dictionary<string, int> Rank(
        IReadOnlyList<string> items, IReadOnlyList<(string From, string To, RoutedEdge Edge)> edges, Func<string, int> key)
    {
        var outgoing = items.ToDictionary(i => i, _ => new List<(string To, RoutedEdge Edge)>(), StringComparer.Ordinal);
        foreach (var (from, to, edge) in edges)
        {
            outgoing[from].Add((to, edge));
        }

        foreach (var list in outgoing.Values)
        {
            list.Sort((a, b) => key(a.To) != key(b.To) ? key(a.To).CompareTo(key(b.To)) : a.Edge.Order.CompareTo(b.Edge.Order));
        }

        MarkBackEdges(items, outgoing);
        var oriented = edges.Select(e => e.Edge.Reversed ? (From: e.To, To: e.From) : (e.From, e.To)).ToList();
        var rank = LongestPath(items, oriented, key);
        PullSourcesDown(items, oriented, rank);
        return Compact(rank);
    }

    private static void MarkBackEdges(IReadOnlyList<string> items, Dictionary<string, List<(string To, RoutedEdge Edge)>> outgoing)
    {
        var status = new Dictionary<string, int>(StringComparer.Ordinal);
        void Visit(string item)
        {
            status[item] = 1;
            foreach (var (to, edge) in outgoing[item])
            {
                switch (status.GetValueOrDefault(to))
                {
                    case 0:
                        Visit(to);
                        break;
                    case 1:
                        edge.Reversed = true;
                        break;
                }
            }

            status[item] = 2;
        }

        foreach (var item in items.Where(i => !status.ContainsKey(i)))
        {
            Visit(item);
        }
    }

    private static Dictionary<string, int> LongestPath(IReadOnlyList<string> items, List<(string From, string To)> edges, Func<string, int> key)
    {
        var rank = items.ToDictionary(i => i, _ => 0, StringComparer.Ordinal);
        var incoming = items.ToDictionary(i => i, i => edges.Count(e => e.To == i), StringComparer.Ordinal);
        var ready = new SortedSet<(int Key, string Item)>(items.Where(i => incoming[i] == 0).Select(i => (key(i), i)));
        while (ready.Count > 0)
        {
            var (_, item) = ready.Min;
            ready.Remove(ready.Min);
            foreach (var (_, to) in edges.Where(e => e.From == item))
            {
                rank[to] = Math.Max(rank[to], rank[item] + 1);
                if (--incoming[to] == 0)
                {
                    ready.Add((key(to), to));
                }
            }
        }

        return rank;
    }

    private static void PullSourcesDown(IReadOnlyList<string> items, List<(string From, string To)> edges, Dictionary<string, int> rank)
    {
        foreach (var item in items.Where(i => i != StateTree.Start && edges.All(e => e.To != i)))
        {
            var successors = edges.Where(e => e.From == item).Select(e => rank[e.To]).ToList();
            if (successors.Count > 0)
            {
                rank[item] = Math.Max(rank[item], successors.Min() - 1);
            }
        }
    }

    private static Dictionary<string, int> Compact(Dictionary<string, int> rank)
    {
        var used = rank.Values.Distinct().Order().Select((r, index) => (r, index)).ToDictionary(p => p.r, p => p.index);
        return rank.ToDictionary(p => p.Key, p => used[p.Value], StringComparer.Ordinal);
    }
}
