using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Sandboxes;
using Sandbox.Licensing.Exchange;
using Sandbox.Oversight.Misuse;
using Sandbox.Oversight.Tests.Misuse;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Tests;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.Exchange;

/// <summary>A report raised by gateway telemetry and suspended, exported as a case study and imported by an ally, both on Cosmos DB (the local server).</summary>
[Collection(ExchangeCosmosCollection.Name)]
public sealed class CosmosCaseStudyExchangeTests(CosmosServerFixture cosmos)
{
    [Fact]
    public async Task A_telemetry_case_study_round_trips_between_two_Cosmos_stores_and_imports_once()
    {
        var bed = await MisuseTestBed.StartAsync(o => o.RefusalThreshold = 2, TestStores.Cosmos(cosmos.Server, "xcs-" + Guid.NewGuid().ToString("N")[..8]));
        await using var source = bed.Host;
        var licence = await bed.Sandboxes.ActiveLicenceAsync();
        var sandbox = (await bed.Sandboxes.SandboxAsync(licence))!;
        var refused = new GatewayQuery { Dataset = "flows", Purpose = "Profile users", Aggregates = [new GatewayAggregate("count")], GroupBy = ["protocol"] };
        for (var i = 0; i < 2; i++)
        {
            await bed.InScopeAsync(s => s.GetRequiredService<SandboxGateway>().QueryAsync(SandboxTestBed.Service(sandbox), sandbox.Id, refused, CancellationToken.None));
        }

        await bed.Host.AdvanceAsync(TimeSpan.Zero);
        var raised = Assert.Single(await bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().QueueAsync(Regulator, MisuseStatus.Triage, 10)));
        await bed.ActAsync(Regulator, raised.Id, "triage", new MisuseDecision("Repeated purpose violations.", MisuseSeverity.High, licence.Reference));
        await bed.ActAsync(Regulator, raised.Id, "suspend", new MisuseDecision("Stop until the holder explains."));

        var document = await CaseStudyExport.ExportAsync(bed);
        var study = Assert.Single(document.Records.OfType<CaseStudyRecord>());
        Assert.Equal(("gateway-telemetry", "suspension"), (study.Origin, study.Response));
        Assert.NotEmpty(study.RefusedConditions!);
        Assert.Contains("Raised by the sandbox gateway after 2 refused requests", study.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(sandbox.Id, CaseStudyExport.CaseStudiesJson(document.Records)[0], StringComparison.OrdinalIgnoreCase);
        Assert.Empty(AlliedExchangeSchema.Default.Check(AlliedExchangeBuilder.ToJson(document)));

        await using var ally = await StartAsync(store: TestStores.Cosmos(cosmos.Server, "xca-" + Guid.NewGuid().ToString("N")[..8]));
        var first = await ally.Get<AlliedExchangeImporter>().ImportAsync(AlliedExchangeBuilder.ToJson(document), "client:nl");
        var again = await ally.Get<AlliedExchangeImporter>().ImportAsync(AlliedExchangeBuilder.ToJson(document), "client:nl");

        Assert.Equal((document.Records.Count, 0), (first.Added, first.Unchanged));
        Assert.Equal((0, document.Records.Count), (again.Added, again.Unchanged));
        Assert.Equal(CaseStudyExport.CaseStudiesJson(document.Records),
            CaseStudyExport.CaseStudiesJson((await ally.Get<ImportedRecordsList>().CaseStudiesAsync()).Select(c => c.CaseStudy)));
    }
}
