using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Sandbox.Domain.Screening;

namespace Sandbox.Benchmarks.Screening;

/// <summary>
/// One name screened against the full SDN list (as <see cref="ListedParty"/> entries of list <c>ofac-sdn</c>): the index against the brute-force scan. Needs
/// <c>&lt;ProjectReference Include="..\..\src\Sandbox.Domain\Sandbox.Domain.csproj" /&gt;</c> in Sandbox.Benchmarks.csproj.
/// </summary>
[MemoryDiagnoser]
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
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sandbox.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory!.Parent!.FullName, "shared", "data", "screening", "ofac-sdn-2024-01-30.csv");
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

    private sealed class ScreeningConfig : ManualConfig
    {
        public ScreeningConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.P100);
        }
    }
}
