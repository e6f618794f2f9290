using Microsoft.Playwright;
using Sandbox.Testing.Web;

namespace Sandbox.EndToEnd.Tests;

/// <summary>
/// The real app as its own process on the embedded store, and Debian's Chromium driven by
/// Playwright's bundled driver (no browser download).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "sandbox-e2e", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private WebAppProcess? _app;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's SQLite folder: a second app process on it shares its data (a later clock, another node).</summary>
    public string DataDirectory => _dataDirectory;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: run 'apt-get install -y chromium' (test.sh does).");
        }

        _app = WebAppProcess.Start(new Dictionary<string, string> { ["Storage__Sqlite__DataDirectory"] = _dataDirectory });
        BaseAddress = await _app.WaitUntilListeningAsync(TimeSpan.FromSeconds(60));
        // Two cores run every test assembly at once: give the browser room before calling it a failure.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>A fresh page whose console errors fail the test that reads <see cref="BrowserPage.Errors"/>.</summary>
    public async Task<BrowserPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        return new BrowserPage(context, page);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
