using Microsoft.Extensions.DependencyInjection;
using Sandbox.Oversight.Transparency;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;
using Xunit;

namespace Sandbox.Oversight.Tests.Transparency;

/// <summary>The same seeded quarter on Cosmos DB (the local server): the same figures, published and read back unchanged.</summary>
[Collection(TransparencyCosmosCollection.Name)]
public sealed class CosmosTransparencyTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private TransparencyDataSet _data = null!;

    public async Task InitializeAsync()
    {
        _data = await TransparencyDataSet.StartAsync(TestStores.Cosmos(cosmos.Server, "transparency-" + Guid.NewGuid().ToString("N")[..8]));
        await _data.SeedAsync();
    }

    public async Task DisposeAsync() => await _data.Host.DisposeAsync();

    [Fact]
    public async Task The_seeded_quarter_gives_the_hand_computed_figures_on_Cosmos_and_publishes_once()
    {
        var reports = _data.Host.Services.GetRequiredService<TransparencyReports>();
        var quarter = reports.Period(new PeriodRequest(PeriodKind.Quarter, 2026, 4), out _)!;

        SeededFigures.AssertExact(await reports.PreviewAsync(quarter));
        var published = await reports.PublishAsync(quarter, "sam", "Sam Senior");
        await Assert.ThrowsAsync<TransparencyPublishException>(() => reports.PublishAsync(quarter, "sue", "Sue Senior"));

        var read = (await reports.GetAsync(published.Id))!;
        Assert.Equal((published.ContentJson, TransparencyJson.Sha256(read.ContentJson)), (read.ContentJson, published.ContentSha256));
        Assert.Equal("2026-Q4", Assert.Single(await reports.ListAsync()).Id);
    }
}
