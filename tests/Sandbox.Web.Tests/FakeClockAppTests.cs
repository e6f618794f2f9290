using Microsoft.Extensions.Time.Testing;

namespace Sandbox.Web.Tests;

/// <summary>A test class whose app (in memory, embedded store) reads time from a fake clock the tests advance.</summary>
public abstract class FakeClockAppTests : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    protected SandboxAppFactory Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new SandboxAppFactory(time: Time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
