using System.Collections.Concurrent;
using System.Diagnostics;

namespace Sandbox.Testing.Web;

/// <summary>
/// The built Sandbox.Web app run as its own process, exactly as <c>dotnet run</c> would run it:
/// for start-up failure tests and browser tests. Listens on a free loopback port.
/// </summary>
public sealed class WebAppProcess : IAsyncDisposable
{
    private const string ListeningMarker = "Now listening on: ";
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WebAppProcess(Process process) => _process = process;

    public Uri? BaseAddress { get; private set; }

    public string Output => string.Join(Environment.NewLine, _output);

    public static string AssemblyPath
    {
        get
        {
            // Tests and app are built with the same configuration: bin/<Configuration>/net10.0.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return RepositoryPaths.Combine("src", "Sandbox.Web", "bin", configuration, "net10.0", "Sandbox.Web.dll");
        }
    }

    /// <summary>Starts the app with the given settings (as environment variables, e.g. <c>Storage__Provider</c>).</summary>
    public static WebAppProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet", [AssemblyPath, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Path.GetDirectoryName(AssemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        // Tests arrange their own licences; the demo's live sandbox would only add a case to every list.
        start.Environment["Seed__DemoSandbox"] = "false";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var app = new WebAppProcess(process);
        process.OutputDataReceived += (_, e) => app.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => app.Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until the app listens; throws with its output if it exits first.</summary>
    public async Task<Uri> WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (BaseAddress is null)
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The app did not start listening:{Environment.NewLine}{Output}");
            }

            await Task.Delay(50);
        }

        return BaseAddress;
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        var at = line.IndexOf(ListeningMarker, StringComparison.Ordinal);
        if (at >= 0 && BaseAddress is null)
        {
            // Text logs end the line with the address; JSON logs close the string after it.
            var address = line[(at + ListeningMarker.Length)..].Split('"', ' ')[0];
            BaseAddress = new Uri(address);
        }
    }
}
