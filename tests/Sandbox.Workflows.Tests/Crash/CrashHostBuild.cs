using System.Diagnostics;
using Sandbox.Testing;

namespace Sandbox.Workflows.Tests.Crash;

/// <summary>
/// Builds <c>tests/Sandbox.Workflows.CrashHost</c> once per test run, in the tests' configuration (the solution build
/// builds it too; then this is a quick up-to-date check). Its references are the ones this test project was built with.
/// </summary>
internal static class CrashHostBuild
{
    private static readonly Lazy<Task<string>> Built = new(BuildAsync);

    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string AssemblyPath => RepositoryPaths.Combine("tests", "Sandbox.Workflows.CrashHost", "bin", Configuration, "net10.0", "Sandbox.Workflows.CrashHost.dll");

    public static Task<string> EnsureBuiltAsync() => Built.Value;

    private static async Task<string> BuildAsync()
    {
        var project = RepositoryPaths.Combine("tests", "Sandbox.Workflows.CrashHost", "Sandbox.Workflows.CrashHost.csproj");
        var start = new ProcessStartInfo("dotnet", ["build", project, "-c", Configuration, "-nologo", "-v:q", "-nodeReuse:false", "-p:BuildProjectReferences=false"])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test host runs under dotnet test: its MSBuild settings are not meant for a nested build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0 || !File.Exists(AssemblyPath))
        {
            throw new InvalidOperationException($"Building the crash host failed ({process.ExitCode}):{Environment.NewLine}{await output}{await errors}");
        }

        return AssemblyPath;
    }
}
