using System.Diagnostics;
using System.Text.Json;
using Sandbox.Testing;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>
/// The npm package openid-client (a certified OpenID Connect relying party) run by
/// <c>tests/oauth-client/client.mjs</c>; each step it takes arrives as one JSON line.
/// </summary>
public sealed class OpenIdClientProcess : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    private OpenIdClientProcess(Process process) => _process = process;

    public static OpenIdClientProcess Start(params string[] arguments)
    {
        var folder = RepositoryPaths.Combine("tests", "oauth-client");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "openid-client")))
        {
            throw new InvalidOperationException($"openid-client is not installed: run 'npm ci --prefix {folder}' (test.sh does).");
        }

        var start = new ProcessStartInfo("node", ["client.mjs", .. arguments])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        return new OpenIdClientProcess(Process.Start(start) ?? throw new InvalidOperationException("node could not be started."));
    }

    /// <summary>The next step the client reports; fails the test on an error step or an early exit.</summary>
    public async Task<JsonElement> NextAsync(string expectedStep)
    {
        using var timeout = new CancellationTokenSource(StepTimeout);
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException($"openid-client exited before '{expectedStep}'.");
        var step = JsonDocument.Parse(line).RootElement.Clone();
        Assert.True(step.GetProperty("step").GetString() == expectedStep, $"Expected '{expectedStep}', openid-client said: {line}");
        return step;
    }

    public async Task SendAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
