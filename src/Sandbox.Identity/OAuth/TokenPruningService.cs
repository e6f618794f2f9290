using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;

namespace Sandbox.Identity.OAuth;

/// <summary>
/// Every hour, removes tokens and authorizations that ended more than a day ago. Token documents
/// also carry a time to live, so the store drops expired entries even if this never runs.
/// </summary>
public sealed partial class TokenPruningService(IServiceScopeFactory scopes, TimeProvider time, ILogger<TokenPruningService> logger) : BackgroundService
{
    public static TimeSpan Interval { get; } = TimeSpan.FromHours(1);

    public static TimeSpan Retention { get; } = TimeSpan.FromDays(1);

    public async Task PruneOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var threshold = time.GetUtcNow() - Retention;
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
        LogPruned(logger, tokens, authorizations);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PruneOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Tokens} tokens and {Authorizations} authorizations")]
    private static partial void LogPruned(ILogger logger, long tokens, long authorizations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Token pruning failed; it runs again in an hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
