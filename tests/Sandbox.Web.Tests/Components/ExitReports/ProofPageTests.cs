using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Licences;
using Sandbox.Oversight.ExitReports;
using Sandbox.Oversight.Proofs;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Hosting;
using Sandbox.Testing;
using Sandbox.Testing.Storage;
using Sandbox.Web.Components.Pages.Proofs;

namespace Sandbox.Web.Tests.Components.ExitReports;

/// <summary>The public proof page on the real proof service and store: a stored proof verifies; one changed afterwards does not.</summary>
public sealed class ProofPageTests : ComponentTestContext
{
    private readonly TemporaryFolder _folder = new();
    private readonly ServiceProvider _services;

    public ProofPageTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IDocumentStore>(TestStores.Sqlite(_folder, Time));
        services.AddSandboxAudit();
        services.AddDocumentSet<PilotLicence>(LicenceContainers.Licences);
        services.AddDocumentSet<ExportRequest>(SandboxContainers.Exports);
        services.AddDocumentSet<ActivityProof>(ProofContainers.Proofs);
        services.AddSingleton<LicenceRegistry>();
        services.AddSingleton<SandboxActivityReader>();
        services.AddSingleton<ActivityProofs>();
        _services = services.BuildServiceProvider();
        Services.AddFallbackServiceProvider(_services);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _services.DisposeAsync();
        _folder.Dispose();
    }

    private static ActivityProof Proof()
    {
        var at = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        var statement = new ActivityStatement
        {
            ProofId = "PRF-TEST",
            LicenceReference = "SBX-2026-000042",
            SandboxId = "sbx-2026-000042",
            Holder = "TU Example",
            PilotTitle = "Intrusion signatures",
            PeriodFrom = at.AddDays(-30),
            PeriodTo = at,
            LicenceStatus = "Expired",
            GatewayRequests = 12,
            QueriesAnswered = 9,
            Refusals = [new ConditionCount("declaredPurposes", 3)],
            Exports = new ExportFigures(2, 2, 1, 1, 0, 0, 1),
            StatusChanges = [new PublicStatusChange("Issued", at.AddDays(-31)), new PublicStatusChange("Expired", at)],
            IssuedAt = at,
        };
        var json = ProofCanonicalJson.Serialize(statement);
        return new ActivityProof
        {
            Id = "PRF-TEST", LicenceId = "licence-42", HolderOrganizationId = "org-1", RequestedBy = "ines", IssuedAt = at,
            Statement = statement, CanonicalJson = json, Sha256 = ProofCanonicalJson.Sha256(json),
        };
    }

    [Fact]
    public async Task A_stored_proof_shows_its_figures_and_hash_as_verified_and_a_changed_one_as_not()
    {
        await _services.GetRequiredService<IDocumentStore>().InitializeAsync(_services.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());
        var proofs = _services.GetRequiredService<DocumentSet<ActivityProof>>();
        var stored = await proofs.CreateAsync(Proof());

        var page = Render<ProofPage>(p => p.Add(c => c.Id, "PRF-TEST"));

        page.WaitForElement("[data-testid=proof]");
        Assert.Contains("Verified", page.Find("[data-testid=proof-verified]").TextContent, StringComparison.Ordinal);
        Assert.Equal(stored.Value.Sha256, page.Find("[data-testid=proof-sha256]").TextContent.Trim());
        Assert.Equal("declaredPurposes: 3", page.Find("[data-testid=proof-refusals]").TextContent.Trim());
        Assert.Equal(stored.Value.CanonicalJson, page.Find("[data-testid=proof-json]").TextContent);

        await proofs.ReplaceAsync(stored.Value with { Statement = stored.Value.Statement with { QueriesAnswered = 900 } }, stored.ETag);
        var changed = Render<ProofPage>(p => p.Add(c => c.Id, "PRF-TEST"));

        changed.WaitForElement("[data-testid=proof]");
        Assert.StartsWith("Not verified", changed.Find("[data-testid=proof-verified]").TextContent.Trim(), StringComparison.Ordinal);
        var missing = Render<ProofPage>(p => p.Add(c => c.Id, "PRF-NONE"));
        missing.WaitForElement("[data-testid=proof-missing]");
    }
}
