using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Organizations;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Testing.Applications;
using Sandbox.Workflows.Runtime;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Licensing.Tests;

/// <summary>
/// Review finding of #5: a resubmitted expedited request is routed afresh, so one that now has an unresolved screening
/// hit cannot be approved provisionally when its 72 hours run out.
/// </summary>
public sealed class ExpeditedResubmissionTests : IAsyncLifetime
{
    private LicensingTestHost _host = null!;

    public async Task InitializeAsync() => _host = await LicensingTestHost.StartAsync(OrganizationType.HumanitarianOrganization, humanitarian: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_new_version_with_a_listed_supplier_is_not_approved_provisionally_after_the_escalation()
    {
        var flood = SampleApplications.FloodDrones(Pilots.StartOn);
        var application = await _host.SubmitAsync(flood);
        var caseId = (await _host.CaseAsync(application.Id)).Id;
        Assert.Equal("decision", (await _host.CaseAsync(application.Id)).State);

        var applications = _host.Get<PilotApplications>();
        var current = await applications.GetAsync(_host.Applicant, application.Id);
        var amended = await applications.SaveDraftAsync(_host.Applicant, application.Id, current.ETag, flood with
        {
            Parties = [.. flood.Parties, new Party { Role = PartyRole.ThirdParty, Name = "Ascotec Science & Technology GmbH", Sector = PartySector.CommercialCompany, Country = "DE" }],
        });
        await applications.SubmitAsync(_host.Applicant, application.Id, amended.ETag);
        Assert.Equal("screening-review", (await _host.CaseAsync(application.Id)).State);

        await _host.AdvanceAsync(TimeSpan.FromHours(72));
        var escalated = await _host.CaseAsync(application.Id);
        Assert.Equal("escalated", escalated.State);
        var etag = (await _host.Engine.GetAsync(caseId))!.ETag;

        await Assert.ThrowsAsync<TriggerNotPermittedException>(() =>
            _host.Cases.DecideAsync(Senior, "Sam", caseId, Pilots.Approve(days: 60), etag));
        Assert.Empty(await _host.Get<LicenceRegistry>().ForApplicationAsync(application.Id));
    }
}
