using Sandbox.Testing.Cosmos;

namespace Sandbox.Workflows.Tests.Crash;

/// <summary>
/// The tests that run workflow nodes as processes: one at a time (a 2-core machine runs two or three nodes, the local
/// Cosmos server and the rest of the suite), sharing one Cosmos endpoint that the fixture starts itself, and the crash
/// host built once before the first of them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CrashCollection : ICollectionFixture<CosmosServerFixture>, ICollectionFixture<CrashHostFixture>
{
    public const string Name = "workflow-crash";
}

/// <summary>Builds the crash host before the collection's tests run, so no test's time includes the build.</summary>
public sealed class CrashHostFixture : IAsyncLifetime
{
    public Task InitializeAsync() => CrashHostBuild.EnsureBuiltAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
