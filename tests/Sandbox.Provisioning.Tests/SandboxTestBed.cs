using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Licensing.Tests;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Storage.Documents;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Provisioning.Tests;

/// <summary>
/// A licence taken through the real workflows to <c>active</c> on the fake clock, so its sandbox is provisioned by the
/// lifecycle's own activity; helpers to read the sandbox and to call the gateway as its service client.
/// </summary>
public sealed class SandboxTestBed(LicensingTestHost host)
{
    public LicensingTestHost Host { get; } = host;

    public T Get<T>()
        where T : notnull => Host.Get<T>();

    /// <summary>A Tier 1 licence (template network-flow-intrusion) with these conditions, issued and activated.</summary>
    public async Task<PilotLicence> ActiveLicenceAsync(LicenceConditions? conditions = null, int days = 100, bool activate = true)
    {
        var application = await Host.SubmitAsync(Pilots.Tier1);
        var @case = await Host.CaseAsync(application.Id);
        var decision = Pilots.Approve(days) with { Conditions = conditions ?? Pilots.Conditions };
        await Host.Cases.DecideAsync(Regulator, "Rita", @case.Id, decision, (await Host.Engine.GetAsync(@case.Id))!.ETag);
        var licence = Assert.Single(await Get<LicenceRegistry>().ForApplicationAsync(application.Id));
        if (activate)
        {
            await AdvanceToAsync(licence.ValidFrom);
        }

        return await LicenceAsync(licence.Id);
    }

    public async Task<PilotLicence> LicenceAsync(string id) => (await Get<LicenceRegistry>().GetAsync(id))!.Value;

    public async Task<SandboxEnvironment?> SandboxAsync(PilotLicence licence) =>
        (await Get<SandboxEnvironments>().GetAsync(SandboxIds.ForLicence(licence.Reference)))?.Value;

    public async Task AdvanceToAsync(DateTimeOffset at) => await Host.AdvanceAsync(at - Host.Time.GetUtcNow());

    public async Task ActAsync(PilotLicence licence, string trigger, string reason)
    {
        var actor = trigger == "surrender" ? Host.Applicant : Regulator;
        var etag = (await Host.Engine.GetAsync(CaseDefinitions.LifecycleInstanceId(licence.Id)))!.ETag;
        await Get<LicenceActions>().ActAsync(actor, actor.UserId, licence.Id, trigger, reason, null, etag);
    }

    /// <summary>The sandbox's service client as a validated token would present it.</summary>
    public static GatewayCaller Service(SandboxEnvironment sandbox, string region = "EU", IEnumerable<string>? scopes = null) =>
        new(SandboxIds.ServiceClient(sandbox.Id), SandboxIds.ServiceClient(sandbox.Id), ViaToken: true, IsClient: true,
            (scopes ?? [SandboxIds.Scope(sandbox.Id, SandboxIds.QueryOperation), SandboxIds.Scope(sandbox.Id, SandboxIds.ExportRequestOperation)]).ToHashSet(),
            region, sandbox.Id);

    /// <summary>The named researcher signed in to the app.</summary>
    public GatewayCaller Researcher(string region = "EU") =>
        new(Host.Applicant.UserId, null, ViaToken: false, IsClient: false, new HashSet<string>(), region, null, Host.ApplicantOrganizationId);

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task<int> ChunkCountAsync(SandboxEnvironment sandbox) =>
        (int)await Get<DocumentSet<DataChunk>>().CountAsync(Storage.Queries.DocumentQuery.InPartition(sandbox.Id));
}
