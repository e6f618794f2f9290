using Sandbox.Testing.Cosmos;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>
/// A test class whose app listens on a real loopback port, on the embedded store or — when
/// <paramref name="onCosmos"/> — on the Cosmos provider against the local server.
/// </summary>
public abstract class KestrelAppTests(bool onCosmos) : IAsyncLifetime
{
    private CosmosTestServer? _cosmos;

    protected SandboxAppFactory Factory { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    protected IServiceProvider Services => Factory.Services;

    public async Task InitializeAsync()
    {
        _cosmos = onCosmos ? await CosmosTestServer.StartAsync() : null;
        Factory = new SandboxAppFactory(_cosmos, overKestrel: true, settings: Settings);
        Factory.StartServer();
        Http = Factory.CreateClient();
        await ArrangeAsync();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
        if (_cosmos is not null)
        {
            await _cosmos.DisposeAsync();
        }
    }

    /// <summary>Configuration the app starts with, beyond the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>What every test of the class needs once the app runs.</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;
}
