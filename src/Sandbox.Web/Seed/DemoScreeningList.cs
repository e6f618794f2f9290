using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;

namespace Sandbox.Web.Seed;

/// <summary>
/// Imports the real OFAC SDN list from the shared data folder (<c>Seed:ScreeningList</c>, relative to the content root)
/// the first time, so demo screening finds real hits. Read from where it lies, never copied into the repository.
/// </summary>
public sealed partial class DemoScreeningList(ScreeningListImporter importer, IConfiguration configuration, IHostEnvironment environment, ILogger<DemoScreeningList> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var configured = configuration["Seed:ScreeningList"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return;
        }

        var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured));
        if (!File.Exists(path))
        {
            LogMissing(logger, path);
            return;
        }

        if ((await importer.ListImportsAsync(ScreeningLists.OfacSdn, 1, cancellationToken)).Count > 0)
        {
            return;
        }

        await using var file = File.OpenRead(path);
        var import = await importer.ImportSdnCsvAsync(file, Path.GetFileName(path), "demo-seed", cancellationToken: cancellationToken);
        LogImported(logger, import.Added, path);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo screening list not found at {Path}; screening runs without the OFAC SDN list until one is imported")]
    private static partial void LogMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo screening list imported: {Added} OFAC SDN entries from {Path}")]
    private static partial void LogImported(ILogger logger, int added, string path);
}
