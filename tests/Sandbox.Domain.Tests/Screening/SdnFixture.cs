using Sandbox.Domain.Screening;

namespace Sandbox.Domain.Tests.Screening;

/// <summary>Reads the real SDN file once per test run and builds the index and the brute-force screener.</summary>
public sealed class SdnFixture
{
    private static readonly Lazy<SdnFixture> _shared = new(() => new SdnFixture(load: true));

    public SdnFixture()
    {
        var shared = _shared.Value;
        Records = shared.Records;
        Parties = shared.Parties;
        Index = shared.Index;
        BruteForce = shared.BruteForce;
    }

    private SdnFixture(bool load)
    {
        _ = load;
        using var reader = new StreamReader(DataPath());
        Records = SdnCsvReader.Read(reader).ToArray();
        Parties = Records.Select(r => r.ToListedParty()).ToArray();
        Index = new ScreeningIndex(Parties);
        BruteForce = new BruteForceScreener(Parties);
    }

    public IReadOnlyList<SdnRecord> Records { get; }

    public IReadOnlyList<ListedParty> Parties { get; }

    public ScreeningIndex Index { get; }

    public BruteForceScreener BruteForce { get; }

    public static string EntryId(SdnRecord record) => record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
