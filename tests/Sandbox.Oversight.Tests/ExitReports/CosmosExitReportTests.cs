using Sandbox.Oversight.ExitReports;
using Sandbox.Oversight.Proofs;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.ExitReports;

/// <summary>The exit report and the proof on Cosmos DB (the local server): assembled from the same records, published, verified.</summary>
[Collection(ExitReportCosmosCollection.Name)]
public sealed class CosmosExitReportTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private ExitReportTestBed _bed = null!;

    public async Task InitializeAsync() =>
        _bed = await ExitReportTestBed.StartAsync(TestStores.Cosmos(cosmos.Server, "exit-" + Guid.NewGuid().ToString("N")[..8]));

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    [Fact]
    public async Task An_ended_pilot_is_reported_published_and_proven_on_Cosmos()
    {
        var licence = await _bed.EndedPilotAsync();
        var holder = _bed.Host.Applicant;

        var (draft, _) = await _bed.Reports.AssembleAsync(holder, licence.Id);
        var saved = await _bed.Reports.SaveNarrativeAsync(holder, licence.Id, draft.ETag, ExitReportTestBed.Narrative);
        var submitted = await _bed.Reports.SubmitAsync(holder, licence.Id, saved.ETag);
        var accepted = await _bed.Reports.AcceptAsync(Regulator, licence.Id, submitted.ETag);
        var approved = await _bed.Reports.ApprovePublicationAsync(Regulator, licence.Id, accepted.ETag);
        await _bed.Reports.ConsentAsync(holder, licence.Id, approved.ETag, true, HolderNaming.Generalized);
        var proof = await _bed.Host.Get<ActivityProofs>().RequestAsync(holder, licence.Id);

        Assert.Equal([new ConditionCount("aggregateOnly", 1), new ConditionCount("declaredPurposes", 2), new ConditionCount("licence", 1)], draft.Value.Facts.Activity.Refusals);
        Assert.Equal("Suspension", Assert.Single(draft.Value.Facts.Incidents).Response);
        var published = Assert.Single(await _bed.Reports.ListPublishedAsync());
        Assert.Equal((licence.Id, "research institution in NL"), (published.Id, published.Holder));
        Assert.Single(await _bed.Reports.ListAsync(Regulator, ExitReportStatus.Accepted));
        Assert.True((await _bed.Host.Get<ActivityProofs>().VerifyAsync(proof.Id))!.Verified);
    }
}
