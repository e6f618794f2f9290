using System.Net;
using System.Net.Http.Json;
using Sandbox.Testing.Cosmos;
using Sandbox.Web.Status;

namespace Sandbox.Web.Tests;

/// <summary>The same app switched to Cosmos DB by configuration alone.</summary>
public sealed class CosmosHostTests : IAsyncLifetime
{
    private CosmosTestServer _server = null!;
    private SandboxAppFactory _factory = null!;

    [Fact]
    public async Task Cosmos_health_reports_the_cosmos_store_and_that_it_answers()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var status = await response.Content.ReadFromJsonAsync<SystemStatus>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Cosmos", status!.Store.Provider);
        Assert.True(status.Store.Answers);
    }

    public async Task InitializeAsync()
    {
        _server = await CosmosTestServer.StartAsync();
        _factory = new SandboxAppFactory(_server);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _server.DisposeAsync();
    }
}
