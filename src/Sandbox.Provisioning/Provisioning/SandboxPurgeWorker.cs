using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sandbox.Provisioning.Environments;

namespace Sandbox.Provisioning.Provisioning;

/// <summary>Purges closed sandboxes whose retention period has ended, every <see cref="ProvisioningOptions.PurgeInterval"/>.</summary>
public sealed partial class SandboxPurgeWorker(IServiceScopeFactory scopes, SandboxEnvironments environments, TimeProvider time, IOptions<ProvisioningOptions> options, ILogger<SandboxPurgeWorker> logger)
    : BackgroundService
{
    /// <returns>How many sandboxes were purged.</returns>
    public async Task<int> PurgeDueAsync(CancellationToken cancellationToken)
    {
        var purged = 0;
        foreach (var environment in await environments.DueForPurgeAsync(time.GetUtcNow(), cancellationToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SandboxProvisioner>().PurgeAsync(environment.Id, cancellationToken);
            purged++;
        }

        return purged;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var purged = await PurgeDueAsync(stoppingToken);
                if (purged > 0)
                {
                    LogPurged(purged);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }

            await Task.Delay(options.Value.PurgeInterval, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} sandboxes past their retention period")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging sandboxes failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
