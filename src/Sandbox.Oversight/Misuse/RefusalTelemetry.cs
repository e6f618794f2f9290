using System.Globalization;
using Microsoft.Extensions.Options;
using Sandbox.Provisioning.Gateway;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Oversight.Misuse;

/// <summary>
/// Counts a sandbox's refusals on licence conditions per window (<see cref="MisuseOptions.TelemetryWindowMinutes"/>);
/// the refusal that reaches <see cref="MisuseOptions.RefusalThreshold"/> raises a misuse report by itself, unless one
/// raised this way for the sandbox is still open. The counter is replaced with its ETag, so across nodes exactly one
/// refusal crosses the threshold; the report's id comes from the window, so a retry finds it.
/// </summary>
public sealed class RefusalTelemetry(DocumentSet<RefusalCounter> counters, MisuseIntake intake, IOptions<MisuseOptions> options, TimeProvider time)
    : IGatewayRefusalObserver
{
    public async Task RefusedAsync(string sandboxId, string licenceId, string condition, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromMinutes(options.Value.TelemetryWindowMinutes);
        var now = time.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero);
        var id = string.Create(CultureInfo.InvariantCulture, $"{sandboxId}:{start:yyyyMMddHHmm}");
        RefusalCounter counted;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var current = await counters.ReadAsync(sandboxId, id, cancellationToken);
                counted = Count(current?.Value ?? new RefusalCounter(id, sandboxId, licenceId, start, 0, new Dictionary<string, int>()), condition);
                var crossing = counted.Refusals >= options.Value.RefusalThreshold && counted.RaisedReportId is null;
                if (crossing)
                {
                    counted = counted with { RaisedReportId = "telemetry-" + id.Replace(':', '-') };
                }

                if (current is null)
                {
                    await counters.CreateAsync(counted, cancellationToken: cancellationToken);
                }
                else
                {
                    await counters.ReplaceAsync(counted, current.ETag, cancellationToken: cancellationToken);
                }

                break;
            }
            catch (Exception ex) when (ex is DocumentConcurrencyException or DocumentConflictException && attempt < 20)
            {
                // Another request counted at the same time: read again.
            }
        }

        // Every refusal past the threshold makes sure the report is there: one that failed to be raised (a crash, the
        // caller gone) is raised by the next. The raise does not stop with the request that happened to cross.
        if (counted.RaisedReportId is not null)
        {
            await intake.RaiseFromTelemetryAsync(counted, window, CancellationToken.None);
        }
    }

    private static RefusalCounter Count(RefusalCounter counter, string condition)
    {
        var conditions = new Dictionary<string, int>(counter.Conditions, StringComparer.Ordinal);
        conditions[condition] = conditions.GetValueOrDefault(condition) + 1;
        return counter with { Refusals = counter.Refusals + 1, Conditions = conditions };
    }
}
