using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Hosting;
using Sandbox.Storage.Sqlite;
using Sandbox.Web.Status;

namespace Sandbox.Web.Tests.Components;

/// <summary>The one bUnit base: MudBlazor services, loose JS interop, a real embedded store.</summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton<IDocumentStore>(_ => new SqliteDocumentStore(DatabasePath, Time));
        Services.AddHealthChecks().AddCheck<StoreHealthCheck>(StoreHealthCheck.Name);
        Services.AddSystemStatus();
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services only dispose asynchronously; xUnit then finds the context already disposed.</summary>
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    /// <summary>Creates the store's file, as the app does at start-up.</summary>
    protected Task InitializeStoreAsync() => Services.GetRequiredService<IDocumentStore>().InitializeAsync([]);

    /// <summary>Where the store keeps its file; a test may point it somewhere unusable before the first render.</summary>
    protected string DatabasePath { get; set; } = Path.Combine(Path.GetTempPath(), "sandbox-bunit", Guid.NewGuid().ToString("N"), "ui.db");
}
