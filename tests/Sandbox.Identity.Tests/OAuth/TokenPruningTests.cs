using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;
using Sandbox.Identity.OAuth;
using Sandbox.Identity.Tests.OpenIddict;
using Sandbox.Testing;
using Sandbox.Testing.Storage;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.Tests.OAuth;

/// <summary>The hourly pruning job on the embedded store, with a fake clock.</summary>
public sealed class TokenPruningTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Sqlite_pruning_removes_revoked_tokens_older_than_a_day_before_their_expiry_and_keeps_live_ones()
    {
        await using var node = await OpenIddictNode.StartAsync(TestStores.Sqlite(_folder, _time), _time);
        var revoked = await CreateTokenAsync(node, lifetime: TimeSpan.FromDays(3));
        Assert.True(await node.Tokens.TryRevokeAsync((await node.Tokens.FindByIdAsync(revoked))!));
        _time.Advance(TimeSpan.FromHours(25));
        var live = await CreateTokenAsync(node, lifetime: TimeSpan.FromMinutes(20));
        var pruning = new TokenPruningService(node.Get<IServiceScopeFactory>(), _time, NullLogger<TokenPruningService>.Instance);

        await pruning.PruneOnceAsync(CancellationToken.None);

        // A new scope, as the next request would have: managers cache the entities they have seen.
        await using var next = node.Get<IServiceScopeFactory>().CreateAsyncScope();
        var tokens = next.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        Assert.Null(await tokens.FindByIdAsync(revoked));
        Assert.NotNull(await tokens.FindByIdAsync(live));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> CreateTokenAsync(OpenIddictNode node, TimeSpan lifetime)
    {
        var token = await node.Tokens.CreateAsync(new OpenIddictTokenDescriptor
        {
            CreationDate = _time.GetUtcNow(),
            ExpirationDate = _time.GetUtcNow() + lifetime,
            Status = Statuses.Valid,
            Subject = "client-under-test",
            Type = TokenTypeHints.AccessToken,
        });
        return (await node.Tokens.GetIdAsync(token))!;
    }
}
