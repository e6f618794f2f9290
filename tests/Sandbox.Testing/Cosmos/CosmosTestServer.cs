using System.Diagnostics;
using System.Text;
using Microsoft.Azure.Cosmos;

namespace Sandbox.Testing.Cosmos;

/// <summary>
/// The Cosmos endpoint the Cosmos tests run against: <c>SANDBOX_COSMOS_ENDPOINT</c> (and
/// <c>SANDBOX_COSMOS_KEY</c>) when set — a real emulator or account — otherwise the local
/// <c>@vercel/cosmosdb-server</c> started here on a free loopback port through
/// <c>tests/cosmos-server/launcher.js</c>. Never skipped: if the server cannot start, tests fail.
/// </summary>
public sealed class CosmosTestServer : IAsyncDisposable
{
    /// <summary>The well-known key of the Cosmos emulator; the local server accepts any key.</summary>
    public const string EmulatorKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process? _process;

    private CosmosTestServer(Uri endpoint, string key, Process? process)
    {
        Endpoint = endpoint;
        Key = key;
        _process = process;
    }

    public Uri Endpoint { get; }

    public string Key { get; }

    public bool IsLocalServer => _process is not null;

    public static async Task<CosmosTestServer> StartAsync()
    {
        // The local server has no query-plan endpoint; the SDK must compute plans itself.
        Environment.SetEnvironmentVariable("AZURE_COSMOS_USE_QUERY_PLAN_INTEROP_LINUX", "true");
        var external = Environment.GetEnvironmentVariable("SANDBOX_COSMOS_ENDPOINT");
        if (!string.IsNullOrWhiteSpace(external))
        {
            var key = Environment.GetEnvironmentVariable("SANDBOX_COSMOS_KEY") is { Length: > 0 } k ? k : EmulatorKey;
            return new CosmosTestServer(new Uri(external), key, process: null);
        }

        var process = StartLauncher();
        var endpoint = await WaitForListeningAsync(process);
        return new CosmosTestServer(endpoint, EmulatorKey, process);
    }

    /// <summary>
    /// Test-only client settings: talk to the given endpoint only, and trust its self-signed
    /// certificate when it is on this machine (local server or emulator).
    /// </summary>
    public void ConfigureClient(CosmosClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConnectionMode = ConnectionMode.Gateway;
        options.LimitToEndpoint = true;
        if (Endpoint.IsLoopback)
        {
            options.HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        // The launcher exits when its stdin closes; kill is the fallback.
        _process.StandardInput.Close();
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(exit.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static Process StartLauncher()
    {
        var folder = RepositoryPaths.Combine("tests", "cosmos-server");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@vercel", "cosmosdb-server")))
        {
            throw new InvalidOperationException($"The local Cosmos server is not installed: run 'npm ci --prefix {folder}' (test.sh does).");
        }

        var start = new ProcessStartInfo("node", ["launcher.js", "--port", "0"])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
    }

    private static async Task<Uri> WaitForListeningAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var errors = new StringBuilder();
        _ = DrainAsync(process.StandardError, errors);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("LISTENING ", StringComparison.Ordinal))
            {
                _ = DrainAsync(process.StandardOutput, sink: null);
                return new Uri(line["LISTENING ".Length..].Trim());
            }
        }

        throw new InvalidOperationException($"The local Cosmos server exited before listening: {errors}");
    }

    // Pipes are read to the end so a chatty server never blocks on a full buffer.
    private static async Task DrainAsync(StreamReader reader, StringBuilder? sink)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            sink?.AppendLine(line);
        }
    }
}
