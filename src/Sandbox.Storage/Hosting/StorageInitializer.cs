using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Storage.Hosting;

/// <summary>
/// Creates the declared containers before the app takes requests. A store that cannot be reached
/// in time stops start-up with a <see cref="StoreUnavailableException"/> that names the store.
/// Runs once: a host may call <see cref="EnsureInitializedAsync"/> before it starts, to report
/// failures itself, and the hosted-service start then finds the work done.
/// </summary>
public sealed partial class StorageInitializer(
    IDocumentStore store,
    IEnumerable<ContainerDefinition> containers,
    IOptions<StorageOptions> options,
    ILogger<StorageInitializer> logger) : IHostedService
{
    private readonly Lock _lock = new();
    private Task? _initialization;

    public Task StartAsync(CancellationToken cancellationToken) => EnsureInitializedAsync(cancellationToken);

    public Task EnsureInitializedAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return _initialization ??= InitializeAsync(cancellationToken);
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.StartupTimeoutSeconds);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var declared = containers.DistinctBy(c => c.Name).ToArray();
        try
        {
            await store.InitializeAsync(declared, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new StoreUnavailableException(
                $"The {store.ProviderName} store did not answer within {timeout.TotalSeconds:0} s (Storage:StartupTimeoutSeconds). Check that it is running and that the endpoint is right.");
        }

        LogReady(logger, store.ProviderName, declared.Length);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Document store {Provider} ready with {ContainerCount} containers")]
    private static partial void LogReady(ILogger logger, string provider, int containerCount);
}
