using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Benchmarks.Workflows;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Provisioning.Gateway;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Benchmarks.Gateway;

/// <summary>
/// The data gateway under load, as a load script (issue #6):
/// <code>dotnet run -c Release --project tests/Sandbox.Benchmarks -- gateway-load [--seconds 20] [--clients 8] [--rounds 4] [--keys ephemeral|certificates]</code>
/// Starts the app on a loopback port on a fresh SQLite store and arranges three active licences with Ready sandboxes as
/// <c>SandboxGatewayFlowTests</c> does (one to warm up on, one for B, one for C: each has its own daily quota), then runs
/// <c>clients</c> concurrent closed-loop clients sending the same aggregate query (count of flows by protocol):
/// <list type="bullet">
/// <item>B: against the gateway with the sandbox's OAuth reference token, for <c>seconds</c> or until the sandbox's daily quota is spent;</item>
/// <item>A: against <see cref="JwtBaselineServer"/>, the same evaluation behind plain JWT bearer validation, as long as B ran;
/// B and A alternate in <c>rounds</c> (default 4) so that both see the same machine;</item>
/// <item>C: against the gateway of the third sandbox; midway (or at three quarters of its quota) a regulator revokes the
/// licence through <see cref="LicenceActions.ActAsync"/>, and the load goes on for the rest of the run (at least 3 s).
/// No request sent after the call returned may be answered 200; if one is, the harness exits 1.</item>
/// </list>
/// <c>--keys certificates</c> runs the OAuth server on the production key source (RSA-2048 certificates made for the run)
/// instead of the ephemeral keys, whose RSA-4096 content-key unwrap dominates each request's CPU.
/// Nothing is written to the repository; the temporary store is deleted at the end.
/// </summary>
internal static class GatewayLoadHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 20);
        var clients = Option(args, "--clients", 8);
        var rounds = Math.Max(1, Option(args, "--rounds", 4));
        var keys = Option(args, "--keys", "ephemeral");
        if (keys is not ("ephemeral" or "certificates"))
        {
            Console.WriteLine("--keys is ephemeral or certificates.");
            return 2;
        }

        var duration = TimeSpan.FromSeconds(seconds);
        await using var app = new GatewayAppFactory(certificates: keys == "certificates");
        Console.WriteLine($"gateway-load: {clients} clients, {seconds} s a phase ({rounds} rounds of A and B), OAuth keys {app.KeySource}; {Environment.ProcessorCount} cores, " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, .NET {Environment.Version}; {MachineLoad.Now()}");

        app.StartServer();
        var services = app.Services;
        using var http = LoadRun.NewClient(app.Address, clients);
        var arranging = Stopwatch.StartNew();
        var warming = await GatewayArrangement.ActiveSandboxAsync(services, http, "TU Example (warm-up)");
        var measured = await GatewayArrangement.ActiveSandboxAsync(services, http, "TU Example (load)");
        var revoked = await GatewayArrangement.ActiveSandboxAsync(services, http, "TU Example (revocation)");
        Console.WriteLine($"app at {app.Address}; arranged {warming.Sandbox.Id} (warm-up), {measured.Sandbox.Id} (phase B) and {revoked.Sandbox.Id} (phase C) " +
            $"in {arranging.Elapsed.TotalSeconds:0.0} s; " +
            $"daily limit {SandboxGateway.DailyLimit(measured.Sandbox):N0} queries each (template quota {measured.Sandbox.Quotas.QueriesPerDay:N0}, licence {measured.Sandbox.Conditions.QueriesPerDay:N0})");

        var body = GatewayArrangement.CountByProtocol;
        await using var baseline = await JwtBaselineServer.StartAsync(measured.Sandbox, services.GetRequiredService<SandboxData>());
        using var baselineHttp = LoadRun.NewClient(baseline.Address, clients);
        var plain = new LoadRun(baselineHttp, new Uri(measured.QueryPath, UriKind.Relative), baseline.MintToken(measured.Sandbox), body);
        var gateway = new LoadRun(http, new Uri(measured.QueryPath, UriKind.Relative), measured.AccessToken, body);
        if (!await SameAnswerAsync(baselineHttp, http, baseline.MintToken(measured.Sandbox), measured))
        {
            return 1;
        }

        // Warm-ups of the same length (JIT tiers, caches, connections); the gateway's on a sandbox of its own, whose quota it may spend.
        var warmUp = TimeSpan.FromSeconds(Math.Min(3, seconds));
        await RunForAsync(plain, clients, warmUp, null);
        var warmGateway = new LoadRun(http, new Uri(warming.QueryPath, UriKind.Relative), warming.AccessToken, body);
        await RunForAsync(warmGateway, clients, warmUp, await GatewayArrangement.QuotaLeftAsync(services, warming.Sandbox));
        var left = await GatewayArrangement.QuotaLeftAsync(services, measured.Sandbox);

        // A and B in alternating rounds, A for as long as B just ran: both see the same machine, whoever else uses it.
        var (a, b) = await AlternateAsync(plain, gateway, clients, duration, rounds, left, app.Store);
        var storeCalls = app.Store.Report(b.Requests, "requests");
        var quotaBound = b.Requests >= left;
        Console.WriteLine($"A and B done: {a.PerSecond:N0} and {b.PerSecond:N0} req/s over {b.Seconds:0.0} s each{(quotaBound ? $", B stopped by the daily quota ({left:N0} queries left)" : "")}; {MachineLoad.Now()}");

        // Now that the evaluator's code is at its last JIT tier, as in A and B.
        Console.WriteLine(await EvaluationCost.MeasureAsync(measured.Sandbox, services.GetRequiredService<SandboxData>(), body));

        // C: the same load on the third sandbox; a regulator revokes its licence midway.
        var outcome = await RevokeMidRunAsync(services, http, revoked, body, clients, duration);
        var beforeCall = LoadSummary.Of("C: gateway, before the revocation call", clients, outcome.Samples.Where(s => s.Started < outcome.CallStarted).ToList());
        var afterReturn = LoadSummary.Of("C: gateway, sent after the revocation returned", clients, outcome.Samples.Where(s => s.Started > outcome.Committed).ToList());

        Console.WriteLine();
        Console.WriteLine(LoadSummary.Header);
        foreach (var summary in new[] { a, b, beforeCall, afterReturn })
        {
            Console.WriteLine(summary.Row);
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio B/A: throughput {b.PerSecond / a.PerSecond:0.00}x, p50 {b.P50 / a.P50:0.0}x, p99 {b.P99 / a.P99:0.0}x (A/B throughput {a.PerSecond / b.PerSecond:0.0}x); " +
            $"CPU per request {b.Cost!.CpuMilliseconds / b.Requests / (a.Cost!.CpuMilliseconds / a.Requests):0.0}x"));
        Console.WriteLine(outcome.Describe());
        Console.WriteLine(storeCalls);
        Console.WriteLine($"machine at the end: {MachineLoad.Now()}");

        var clean = a.Statuses == $"200: {a.Requests:N0}" && b.Statuses == $"200: {b.Requests:N0}";
        if (!clean)
        {
            Console.WriteLine("FAILED: phase A or B had answers other than 200; the figures are not comparable.");
        }

        if (!outcome.Holds)
        {
            Console.WriteLine($"FAILED: {outcome.AcceptedAfterCommit} requests sent after the revocation returned were answered 200 (licence {outcome.StatusAfter}, probe {outcome.ProbeStatus}).");
        }

        Console.WriteLine(clean && outcome.Holds ? "gateway-load: OK, zero requests accepted after the revocation was committed" : "gateway-load: FAILED");
        return clean && outcome.Holds ? 0 : 1;
    }

    /// <summary>
    /// <paramref name="rounds"/> rounds, each B (for its share of the time and of the quota left) then A for as long as B
    /// took; the summaries pool every round's requests, their seconds are the rounds' spans added up.
    /// </summary>
    private static async Task<(LoadSummary A, LoadSummary B)> AlternateAsync(
        LoadRun plain, LoadRun gateway, int clients, TimeSpan duration, int rounds, long quotaLeft, TimedStore store)
    {
        List<RequestSample> aSamples = [], bSamples = [];
        double aSeconds = 0, bSeconds = 0;
        var aCost = new ProcessCost(0, 0);
        var bCost = new ProcessCost(0, 0);
        store.Reset();
        for (var round = 0; round < rounds; round++)
        {
            var budget = (quotaLeft - bSamples.Count) / (rounds - round);
            var bWatch = new ThreadPoolWatch();
            var (bRound, bRoundCost) = await ProcessCost.MeasureAsync(() => RunForAsync(gateway, clients, duration / rounds, budget));
            await bWatch.DisposeAsync();
            var took = Span(bRound);
            var aWatch = new ThreadPoolWatch();
            var (aRound, aRoundCost) = await ProcessCost.MeasureAsync(() => RunForAsync(plain, clients, TimeSpan.FromSeconds(took), null));
            await aWatch.DisposeAsync();
            bSamples.AddRange(bRound);
            aSamples.AddRange(aRound);
            bSeconds += took;
            aSeconds += Span(aRound);
            bCost = bCost.Plus(bRoundCost);
            aCost = aCost.Plus(aRoundCost);
            Console.WriteLine($"  round {round + 1}: B {bRound.Count:N0} in {took:0.0} s ({bWatch.Report}), A {aRound.Count:N0} ({aWatch.Report}); {MachineLoad.Now()}");
        }

        return (LoadSummary.Of("A: same query, plain JWT bearer", clients, aSamples, aSeconds) with { Cost = aCost },
            LoadSummary.Of("B: gateway (reference token, store, quota, audit)", clients, bSamples, bSeconds) with { Cost = bCost });
    }

    private static double Span(IReadOnlyList<RequestSample> samples) =>
        samples.Count == 0 ? 0 : (samples.Max(s => s.Ended) - samples.Min(s => s.Started)) / (double)Stopwatch.Frequency;

    private static async Task<IReadOnlyList<RequestSample>> RunForAsync(LoadRun run, int clients, TimeSpan duration, long? budget)
    {
        using var stop = new CancellationTokenSource(duration);
        return await run.RunAsync(clients, budget, stop.Token);
    }

    private static async Task<RevocationOutcome> RevokeMidRunAsync(IServiceProvider services, HttpClient http, ArrangedSandbox arranged, byte[] body, int clients, TimeSpan duration)
    {
        var load = new LoadRun(http, new Uri(arranged.QueryPath, UriKind.Relative), arranged.AccessToken, body);
        // Revoke before the quota can run out, so that every refusal after the call is the revocation's.
        var revokeAtAccepted = await GatewayArrangement.QuotaLeftAsync(services, arranged.Sandbox) * 3 / 4;
        var engine = services.GetRequiredService<WorkflowEngine>();
        var actions = services.GetRequiredService<LicenceActions>();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var running = load.RunAsync(clients, null, stop.Token);
        while (clock.Elapsed < duration / 2 && load.Accepted < revokeAtAccepted)
        {
            await Task.Delay(5);
        }

        var etag = (await engine.GetAsync(CaseDefinitions.LifecycleInstanceId(arranged.Licence.Id)))!.ETag;
        var callStarted = Stopwatch.GetTimestamp();
        await actions.ActAsync(GatewayArrangement.Regulator, "Rita", arranged.Licence.Id, "revoke", "Load test: revoked while its clients query.", null, etag);
        var committed = Stopwatch.GetTimestamp();
        var rest = duration - clock.Elapsed;
        await Task.Delay(rest > TimeSpan.FromSeconds(3) ? rest : TimeSpan.FromSeconds(3));
        await stop.CancelAsync();
        var samples = await running;

        var status = (await services.GetRequiredService<LicenceRegistry>().GetAsync(arranged.Licence.Id))!.Value.Status;
        var probe = await load.SendAsync();
        Console.WriteLine($"C done: revoked at {TimeSpan.FromTicks((callStarted - samples[0].Started) * TimeSpan.TicksPerSecond / Stopwatch.Frequency).TotalSeconds:0.0} s " +
            $"after {samples.Count(s => s.Started < callStarted && s.Status == 200):N0} accepted; {MachineLoad.Now()}");
        return new RevocationOutcome(samples, callStarted, committed, status, probe.Status);
    }

    /// <summary>Both endpoints must give the same columns and rows, or the comparison compares different work.</summary>
    private static async Task<bool> SameAnswerAsync(HttpClient baselineHttp, HttpClient http, string jwt, ArrangedSandbox arranged)
    {
        var (plainStatus, plain) = await AnswerAsync(baselineHttp, jwt, arranged.QueryPath);
        var (gatewayStatus, gateway) = await AnswerAsync(http, arranged.AccessToken, arranged.QueryPath);
        Console.WriteLine($"gateway answered {gatewayStatus} {gateway}");
        if (plainStatus != 200 || gatewayStatus != 200 || Data(plain) != Data(gateway))
        {
            Console.WriteLine($"FAILED: the baseline answered {plainStatus} {plain}");
            return false;
        }

        return true;
    }

    private static string Data(string answer)
    {
        using var json = JsonDocument.Parse(answer);
        return json.RootElement.GetProperty("columns").GetRawText() + json.RootElement.GetProperty("rows").GetRawText();
    }

    private static async Task<(int Status, string Body)> AnswerAsync(HttpClient client, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        request.Content = new ByteArrayContent(GatewayArrangement.CountByProtocol);
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static int Option(string[] args, string name, int fallback) => int.Parse(Option(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
