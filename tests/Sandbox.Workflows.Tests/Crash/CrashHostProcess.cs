using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Sandbox.Testing.Cosmos;

namespace Sandbox.Workflows.Tests.Crash;

/// <summary>
/// One node of the workflow runtime as its own process (<c>tests/Sandbox.Workflows.CrashHost</c>): commands go to its
/// stdin, replies come from its stdout, and <see cref="KillAsync"/> kills it for real (SIGKILL on Linux).
/// </summary>
internal sealed class CrashHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _replies = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;

    private CrashHostProcess(Process process, string node)
    {
        _process = process;
        Node = node;
    }

    public string Node { get; }

    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Runtime settings that keep tests short: sweeps every 100 ms, work and timer claims lapse after 2 and 3 s.</summary>
    public static IReadOnlyList<string> FastRuntime { get; } =
    [
        "--Workflows:PollInterval", "00:00:00.100",
        "--Workflows:WorkGrace", "00:00:02",
        "--Workflows:TimerClaim", "00:00:03",
    ];

    public static IReadOnlyList<string> Sqlite(string dataDirectory) =>
        ["--Storage:Provider", "Sqlite", "--Storage:Sqlite:DataDirectory", dataDirectory];

    public static IReadOnlyList<string> Cosmos(CosmosTestServer server, string database) =>
        ["--Storage:Provider", "Cosmos", "--Storage:Cosmos:Endpoint", server.Endpoint.ToString(), "--Storage:Cosmos:Key", server.Key, "--Storage:Cosmos:Database", database];

    /// <summary>Starts a node and waits until its store is ready and its worker runs.</summary>
    public static async Task<CrashHostProcess> StartAsync(string node, IReadOnlyList<string> store, params string[] settings)
    {
        var assembly = await CrashHostBuild.EnsureBuiltAsync();
        var start = new ProcessStartInfo("dotnet", [assembly, "--Workflows:NodeId", node, .. store, .. FastRuntime, .. settings])
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["AZURE_COSMOS_USE_QUERY_PLAN_INTEROP_LINUX"] = "true";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var host = new CrashHostProcess(process, node);
        process.OutputDataReceived += (_, e) => host.Received(e.Data);
        process.ErrorDataReceived += (_, e) => host.Collect(e.Data);
        process.Exited += (_, _) => host.Failed();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host._ready.Task.WaitAsync(ReadyTimeout);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            await host.DisposeAsync();
            throw new InvalidOperationException($"Crash host {node} did not get ready:{Environment.NewLine}{host.Output}", e);
        }

        return host;
    }

    /// <summary>Sends a command and returns what follows <c>ok</c> in its reply; an <c>error</c> reply throws.</summary>
    public async Task<string> SendAsync(string command, TimeSpan? timeout = null)
    {
        var reply = Send(command);
        try
        {
            return await reply.WaitAsync(timeout ?? ReplyTimeout);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"No reply from {Node} to '{command}':{Environment.NewLine}{Output}", e);
        }
    }

    /// <summary>Sends a command without waiting: one whose activity blocks never answers.</summary>
    public Task<string> Send(string command)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var reply = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _replies[id] = reply;
        _output.Enqueue($"> {id} {command}");
        _process.StandardInput.WriteLine($"{id} {command}");
        _process.StandardInput.Flush();
        return reply.Task;
    }

    /// <summary><see cref="Process.Kill(bool)"/>: SIGKILL, no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        Collect(line);
        if (line.StartsWith("ready ", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
            return;
        }

        var parts = line.Split(' ', 3);
        if (parts.Length >= 2 && _replies.TryRemove(parts[0], out var reply))
        {
            var rest = parts.Length > 2 ? parts[2] : "";
            if (parts[1] == "ok")
            {
                reply.TrySetResult(rest);
            }
            else
            {
                reply.TrySetException(new InvalidOperationException($"{Node}: {rest}"));
            }
        }
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private void Failed()
    {
        _ready.TrySetException(new InvalidOperationException($"Crash host {Node} exited."));
        foreach (var reply in _replies.Values)
        {
            reply.TrySetException(new InvalidOperationException($"Crash host {Node} exited before replying."));
        }
    }
}
