using Sandbox.Testing.Cosmos;

namespace Sandbox.Storage.Cosmos.Tests;

/// <summary>One Cosmos endpoint for the whole test collection.</summary>
public sealed class CosmosServerFixture : IAsyncLifetime
{
    public CosmosTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await CosmosTestServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class CosmosCollection : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "Cosmos server";
}
