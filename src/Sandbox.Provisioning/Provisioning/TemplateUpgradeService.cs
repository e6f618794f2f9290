using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sandbox.Provisioning.Provisioning;

/// <summary>At start-up, applies newer compatible template versions to open sandboxes (deploying template files means a restart).</summary>
public sealed partial class TemplateUpgradeService(IServiceScopeFactory scopes, ILogger<TemplateUpgradeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var outcome in await scope.ServiceProvider.GetRequiredService<SandboxTemplateUpgrader>().UpgradeAllAsync(stoppingToken))
            {
                if (outcome.Upgraded)
                {
                    LogUpgraded(outcome.SandboxId, outcome.From, outcome.To);
                }

                if (outcome.Blocked is { } blocked)
                {
                    LogBlocked(outcome.SandboxId, blocked);
                }

                if (outcome.NewerMajor is { } major)
                {
                    LogNeedsLicence(outcome.SandboxId, major);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox {SandboxId} upgraded from template {From} to {To}")]
    private partial void LogUpgraded(string sandboxId, string from, string to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox {SandboxId}: template {Version} is a new major version and needs a new licence")]
    private partial void LogNeedsLicence(string sandboxId, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox {SandboxId} keeps its template version: {Reason}")]
    private partial void LogBlocked(string sandboxId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Template upgrades failed at start-up; they are retried at the next start")]
    private partial void LogFailed(Exception exception);
}
