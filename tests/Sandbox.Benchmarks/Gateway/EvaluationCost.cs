using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sandbox.Domain.Sandboxes;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;

namespace Sandbox.Benchmarks.Gateway;

/// <summary>The query's evaluation alone, on one thread, without HTTP: what both endpoints spend before their own overhead.</summary>
internal static class EvaluationCost
{
    public static async Task<string> MeasureAsync(SandboxEnvironment environment, SandboxData data, byte[] body, int times = 300)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(data);
        var query = JsonSerializer.Deserialize<GatewayQuery>(body, JsonSerializerOptions.Web)!;
        var dataset = environment.Dataset(query.Dataset)!;
        var rows = await data.RowsAsync(environment, dataset, CancellationToken.None);
        for (var i = 0; i < 50; i++)
        {
            GatewayQueryEvaluator.Evaluate(query, dataset.Recipe, rows, environment.Conditions);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < times; i++)
        {
            GatewayQueryEvaluator.Evaluate(query, dataset.Recipe, rows, environment.Conditions);
        }

        var perQuery = watch.Elapsed.TotalMilliseconds / times;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)times;
        return string.Create(CultureInfo.InvariantCulture,
            $"evaluation alone (one thread, {times} times over {rows.Count:N0} rows): {perQuery:0.00} ms and {bytes / 1024:N0} KB ({bytes / rows.Count:0} bytes a row) per query");
    }
}
