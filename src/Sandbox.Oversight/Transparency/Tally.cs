namespace Sandbox.Oversight.Transparency;

/// <summary>Counts by key, keeping the known keys (with zeros) first in their order and any others after them, sorted.</summary>
internal sealed class Tally
{
    private readonly List<string> _known = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public Tally(IEnumerable<(string Key, string Label)> known)
    {
        foreach (var (key, label) in known)
        {
            _known.Add(key);
            _counts[key] = 0;
            _labels[key] = label;
        }
    }

    public void Add(string key, string label)
    {
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
        _labels.TryAdd(key, label);
    }

    public ReportBreakdown ToBreakdown(bool additive)
    {
        var others = _counts.Keys.Except(_known, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new ReportBreakdown(additive, [.. _known.Concat(others).Select(k => new ReportCell(k, _labels[k], ReportCount.Exact(_counts[k])))]);
    }
}
