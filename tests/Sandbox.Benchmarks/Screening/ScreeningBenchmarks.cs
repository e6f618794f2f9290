using BenchmarkDotNet.Attributes;
using Sandbox.Domain.Screening;

namespace Sandbox.Benchmarks.Screening;

/// <summary>
/// One name screened against the full SDN list (as <see cref="ListedParty"/> entries of list <c>ofac-sdn</c>): the index against the brute-force scan.
/// The names are SDN names with one letter replaced (fixed seed), taken in turn.
/// </summary>
[Config(typeof(ScreeningConfig))]
public class ScreeningBenchmarks
{
    private ScreeningIndex _index = null!;
    private BruteForceScreener _bruteForce = null!;
    private string[] _names = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(RepositoryPaths.SharedData, "screening", "ofac-sdn-2024-01-30.csv");
        using var reader = new StreamReader(path);
        var records = SdnCsvReader.Read(reader).Select(r => r.ToListedParty()).ToArray();
        _index = new ScreeningIndex(records);
        _bruteForce = new BruteForceScreener(records);
        var random = new Random(17);
        _names = Enumerable.Range(0, 300).Select(_ =>
        {
            var name = records[random.Next(records.Length)].Name.ToCharArray();
            var at = random.Next(1, Math.Max(2, name.Length - 1));
            name[at] = (char)('A' + random.Next(26));
            return new string(name);
        }).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int BruteForce() => _bruteForce.Screen(_names[_next++ % _names.Length]).Count;

    [Benchmark]
    public int Index() => _index.Screen(_names[_next++ % _names.Length]).Count;

    /// <summary>
    /// Every screen timed on its own (<see cref="LatencyConfig"/>), so P99 is the 99th percentile of single
    /// screens: 300 warm-up screens (tiered compilation settles), then 1,000 measured.
    /// </summary>
    private sealed class ScreeningConfig : LatencyConfig
    {
        public ScreeningConfig()
            : base(warmupCount: 300, iterationCount: 1000)
        {
        }
    }
}
