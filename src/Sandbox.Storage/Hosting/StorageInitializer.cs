using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Storage.Hosting;

/// <summary>
/// Creates the declared containers before the app takes requests. A store that cannot be reached
/// in time stops start-up with a <see cref="StoreUnavailableException"/> that names the store.
/// </summary>
internal sealed partial class StorageInitializer(
    IDocumentStore store,
    IEnumerable<ContainerDefinition> containers,
    IOptions<StorageOptions> options,
    ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
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
