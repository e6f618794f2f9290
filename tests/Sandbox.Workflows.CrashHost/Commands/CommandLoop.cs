using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Workflows.CrashHost.Commands;

/// <summary>
/// Commands on stdin, one a line, each answered on stdout by a line starting with its id (commands run concurrently,
/// so an activity that blocks holds only its own command):
/// <code>
/// ready &lt;node&gt;                                                  once the store is ready and the worker runs
/// &lt;id&gt; start &lt;definition&gt; &lt;instanceId&gt; [json data]          → &lt;id&gt; ok &lt;state&gt;
/// &lt;id&gt; schedule &lt;prefix&gt; &lt;count&gt; &lt;first due, ISO 8601&gt; &lt;spread ms&gt;  → &lt;id&gt; ok &lt;count&gt;  (crash-timer instances crash-timer:&lt;prefix&gt;-0000…)
/// &lt;id&gt; fire &lt;instanceId&gt; &lt;trigger&gt; &lt;actor&gt; [reason]            → &lt;id&gt; ok &lt;state&gt;
/// &lt;id&gt; error &lt;exception type&gt;: &lt;message&gt;                       when a command fails
/// </code>
/// The end of stdin stops the host. Tests read the outcome from the store itself.
/// </summary>
public sealed class CommandLoop(WorkflowEngine engine, IHostApplicationLifetime lifetime, IOptions<WorkflowRuntimeOptions> options) : BackgroundService
{
    public const string TimerDefinition = "crash-timer";
    private const int ScheduleConcurrency = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WhenStartedAsync(stoppingToken);
        Reply($"ready {options.Value.NodeId}");
        var running = new List<Task>();
        while (await Console.In.ReadLineAsync(stoppingToken) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                running.Add(Task.Run(() => RunAsync(line, stoppingToken), stoppingToken));
            }
        }

        lifetime.StopApplication();
        await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }

    private async Task RunAsync(string line, CancellationToken cancellationToken)
    {
        var parts = line.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        var id = parts[0];
        try
        {
            var result = parts.Length > 1 ? await RunCommandAsync(parts[1], line, cancellationToken) : throw new ArgumentException("No command.");
            Reply($"{id} ok {result}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Reply($"{id} error {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private Task<string> RunCommandAsync(string command, string line, CancellationToken cancellationToken)
    {
        var arguments = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return command switch
        {
            "start" => StartAsync(arguments[2], arguments[3], line.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries) is { Length: 5 } withData ? withData[4] : null, cancellationToken),
            "schedule" => ScheduleAsync(arguments[2], int.Parse(arguments[3], CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(arguments[4], CultureInfo.InvariantCulture), int.Parse(arguments[5], CultureInfo.InvariantCulture), cancellationToken),
            "fire" => FireAsync(arguments[2], arguments[3], CrashActors.Named(arguments[4]), arguments.Length > 5 ? string.Join(' ', arguments[5..]) : null, cancellationToken),
            _ => throw new ArgumentException($"Unknown command '{command}'."),
        };
    }

    private async Task<string> StartAsync(string definition, string instanceId, string? json, CancellationToken cancellationToken)
    {
        var data = json is null ? [] : JsonNode.Parse(json)!.AsObject();
        var started = await engine.StartAsync(Start(definition, instanceId, data), cancellationToken);
        return started.Value.State;
    }

    private async Task<string> ScheduleAsync(string prefix, int count, DateTimeOffset firstDue, int spreadMilliseconds, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = ScheduleConcurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var due = firstDue.ToUniversalTime().AddMilliseconds(count > 1 ? (double)spreadMilliseconds * i / (count - 1) : 0);
                var data = new JsonObject { ["dueAt"] = due.ToString("O", CultureInfo.InvariantCulture) };
                await engine.StartAsync(Start(TimerDefinition, $"{TimerDefinition}:{prefix}-{i.ToString("D4", CultureInfo.InvariantCulture)}", data), token);
            });
        return count.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<string> FireAsync(string instanceId, string trigger, WorkflowActor actor, string? reason, CancellationToken cancellationToken)
    {
        var fired = await engine.FireAsync(instanceId, new FireCommand(trigger, actor, reason), cancellationToken);
        return fired.Value.State;
    }

    private static StartWorkflow Start(string definition, string instanceId, JsonObject data) =>
        new(definition, instanceId, new WorkflowSubject("case", instanceId, null, null, CrashActors.ApplicantOrganization), data, WorkflowActor.System);

    private static void Reply(string line)
    {
        Console.Out.WriteLine(line);
        Console.Out.Flush();
    }
}
