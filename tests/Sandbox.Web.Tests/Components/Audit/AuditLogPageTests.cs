using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Access;
using Sandbox.Identity.Access;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Storage;
using Sandbox.Web.Components.Pages.Audit;

namespace Sandbox.Web.Tests.Components.Audit;

/// <summary>The audit page on the real log and verifier over an embedded store (a fallback provider, as the other pages use).</summary>
public sealed class AuditLogPageTests : SignedInComponentTest
{
    private readonly TemporaryFolder _folder = new();
    private readonly ServiceProvider _audit;

    public AuditLogPageTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IDocumentStore>(TestStores.Sqlite(_folder, Time));
        services.AddSandboxAudit();
        _audit = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        Services.AddFallbackServiceProvider(_audit);
    }

    [Fact]
    public async Task Verifying_shows_intact_then_where_an_entry_was_changed()
    {
        var entries = await ArrangeAsync();
        SignIn("aud-1", "Aud Auditor", "export-authority", SandboxRoles.Auditor);
        var page = RenderAsUser<AuditLogPage>();

        page.WaitForElement("[data-testid=verify]").Click();
        page.WaitForAssertion(() => Assert.Contains("Intact: 3 entries", page.Find("[data-testid=verification-intact]").TextContent, StringComparison.Ordinal));

        var raw = _audit.GetRequiredService<IDocumentStore>().GetContainer(AuditLog.Container.Name);
        var stored = (await raw.ReadAsync(entries[1].Chain, entries[1].Id))!;
        var forged = stored.Body.DeepClone().AsObject();
        forged["outcome"] = nameof(AuditOutcome.Succeeded);
        await raw.ReplaceAsync(forged, stored.ETag);
        page.Find("[data-testid=verify]").Click();

        page.WaitForAssertion(() => Assert.Contains("Not intact: 1 problem", page.Find("[data-testid=verification-broken]").TextContent, StringComparison.Ordinal));
        Assert.Equal($"Entry {entries[1].Id} was changed after it was written.", page.Find($"[data-testid='problem-{entries[1].Id}']").TextContent.Trim());
        Assert.Contains("Modified", page.Find("[data-testid=verification-problems]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=verification-intact]"));
    }

    [Fact]
    public async Task An_administrator_lists_a_day_s_events_of_one_type_and_a_bad_date_is_shown_beside_its_field()
    {
        await ArrangeAsync();
        SignIn("admin-1", "Ada Administrator", null, SandboxRoles.Administrator, new Claim(SandboxClaimTypes.AuthenticationMethod, "mfa"));
        var page = RenderAsUser<AuditLogPage>();

        page.WaitForElement("[data-testid=events-type]").Change(AuditEventTypes.SignInFailed);
        page.Find("[data-testid=show-events]").Click();

        page.WaitForAssertion(() => Assert.Contains("user-7", page.Find("[data-testid=events-table]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(AuditEventTypes.SignInSucceeded, page.Find("[data-testid=events-table]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=verify-from]").Change("01/12/2026");
        page.Find("[data-testid=verify]").Click();

        page.WaitForAssertion(() => Assert.Contains("Enter a date as yyyy-MM-dd.",
            page.Find("[data-testid=verify-from]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=verification-intact]"));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _audit.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<IReadOnlyList<AuditEvent>> ArrangeAsync()
    {
        var store = _audit.GetRequiredService<IDocumentStore>();
        await store.InitializeAsync(_audit.GetServices<ContainerDefinition>().ToArray());
        var log = _audit.GetRequiredService<AuditLog>();
        return
        [
            await log.AppendAsync(AuditEventTypes.SignInSucceeded, "user-7", "user-7", AuditOutcome.Succeeded),
            await log.AppendAsync(AuditEventTypes.SignInFailed, "user-7", "user-7", AuditOutcome.Failed, new Dictionary<string, string> { ["reason"] = "wrong password" }),
            await log.AppendAsync(AuditEventTypes.SignInSucceeded, "user-7", "user-7", AuditOutcome.Succeeded),
        ];
    }
}
