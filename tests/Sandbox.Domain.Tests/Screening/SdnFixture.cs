using Sandbox.Domain.Screening;

namespace Sandbox.Domain.Tests.Screening;

/// <summary>Reads the real SDN file once and builds the index and the brute-force screener.</summary>
public sealed class SdnFixture
{
    public SdnFixture()
    {
        using var reader = new StreamReader(DataPath());
        Records = SdnCsvReader.Read(reader).ToArray();
        Index = new ScreeningIndex(Records);
        BruteForce = new BruteForceScreener(Records);
    }

    public IReadOnlyList<SdnRecord> Records { get; }

    public ScreeningIndex Index { get; }

    public BruteForceScreener BruteForce { get; }

    public static string DataPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sandbox.sln")))
        {
            directory = directory.Parent;
        }

        if (directory?.Parent is null)
        {
            throw new InvalidOperationException("Sandbox.sln not found above " + AppContext.BaseDirectory);
        }

        return Path.Combine(directory.Parent.FullName, "shared", "data", "screening", "ofac-sdn-2024-01-30.csv");
    }
}
