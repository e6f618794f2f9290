using Xunit;

namespace Sandbox.Testing.Cosmos;

/// <summary>
/// One Cosmos endpoint for a whole test collection. Each test assembly declares its own
/// collection with <c>[CollectionDefinition]</c> and <c>ICollectionFixture&lt;CosmosServerFixture&gt;</c>.
/// </summary>
public sealed class CosmosServerFixture : IAsyncLifetime
{
    public CosmosTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await CosmosTestServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
