using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Sandboxes;
using Sandbox.Identity.Organizations;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Licensing.Tests;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning.Airlock;
using Sandbox.Storage.Documents;
using Sandbox.Testing.Applications;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.Transparency;

/// <summary>
/// Ten cases through the real workflows on the fake clock (from 1 December 2026, 09:00 UTC), decided at known times,
/// two licence actions, exports and misuse reports in and around 2026-Q4; the clock ends on 6 January 2027, so Q4 is over.
/// The figures it must give are worked out by hand in <see cref="TransparencyFiguresTests"/>.
/// </summary>
internal sealed class TransparencyDataSet(LicensingTestHost host)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private CaseActor _partner = null!;
    private CaseActor _relief = null!;

    public LicensingTestHost Host { get; } = host;

    /// <summary>The host's research institution takes the standard path; a verified humanitarian organization and a verified partner are added.</summary>
    public static async Task<TransparencyDataSet> StartAsync(IDocumentStore? store = null)
    {
        var host = await LicensingTestHost.StartAsync(store: store);
        return new TransparencyDataSet(host)
        {
            _relief = await VerifiedAsync(host, "Relief Mapping Collective", OrganizationType.HumanitarianOrganization, "KE", OrganizationStatus.VerifiedHumanitarian, "hana"),
            _partner = await VerifiedAsync(host, "Partner Labs", OrganizationType.ResearchInstitution, "DE", OrganizationStatus.VerifiedPartner, "pia"),
        };
    }

    private static async Task<CaseActor> VerifiedAsync(LicensingTestHost host, string name, OrganizationType type, string country, OrganizationStatus status, string user)
    {
        var directory = host.Get<OrganizationDirectory>();
        var organization = await directory.RegisterAsync(name, type, CountryCode.Parse(country), "admin");
        var current = (await directory.GetAsync(organization.Id))!;
        await directory.VerifyAsync(current.Value.Id, current.ETag, status, "admin-1", "Verified for the test");
        return Person(user, organization.Id, "Applicant");
    }

    public async Task SeedAsync()
    {
        var flood = SampleApplications.FloodDrones(Pilots.StartOn);

        // 1 December, 09:00: ten submissions in Q4.
        var s1 = await Host.SubmitAsync(Pilots.Tier1);
        var s2 = await Host.SubmitAsync(Pilots.Tier1);
        var s3 = await Host.SubmitAsync(Pilots.Tier1);
        var s4 = await Host.SubmitAsync(Pilots.Tier2);
        await Host.SubmitAsync(Pilots.Tier1); // never decided
        var h1 = await SubmitAsync(_relief, flood);
        var h2 = await SubmitAsync(_relief, flood);
        var p1 = await SubmitAsync(_partner, Pilots.Tier1);
        var p2 = await SubmitAsync(_partner, Pilots.Tier1);
        var p3 = await SubmitAsync(_partner, Pilots.Tier1);
        await MisuseAsync("m-before", new DateTimeOffset(2026, 9, 30, 23, 59, 59, TimeSpan.Zero), null, null);
        await MisuseAsync("m1", Start.AddDays(1), MisuseSeverity.High, MisuseResponse.Suspension);

        await Host.AdvanceAsync(Day); // 2 December
        await ProvisionalAsync(h1, Regulator);
        await DecideAsync(Standard(s4), Regulator, Pilots.Approve());
        await DecideAsync(Partner(p1), Regulator, Pilots.Approve());

        await Host.AdvanceAsync(Day); // 3 December
        await DecideAsync(Standard(s1), Regulator, Pilots.Approve());

        await Host.AdvanceAsync(Day); // 4 December
        await ActAsync(Standard(s4), Senior, "countersign");
        await DecideAsync(Partner(p2), Regulator, Pilots.Approve());

        await Host.AdvanceAsync(Day); // 5 December: past the 72-hour clock, so a senior decides
        await DecideAsync(Standard(s2), Regulator, Pilots.Refuse("SBX-VULNERABLE-GROUPS"));
        await ProvisionalAsync(h2, Senior);
        await MisuseAsync("m2", Host.Time.GetUtcNow(), MisuseSeverity.Low, MisuseResponse.Dismissed);

        await Host.AdvanceAsync(2 * Day); // 7 December
        await ActAsync(Partner(p3), Regulator, "refer-to-standard", "Needs the full review.");

        await Host.AdvanceAsync(3 * Day); // 10 December
        await MisuseAsync("m3", Host.Time.GetUtcNow(), null, null);

        await Host.AdvanceAsync(3 * Day); // 13 December
        await DecideAsync(Standard(s3), Regulator, Pilots.Refuse("SBX-VULNERABLE-GROUPS", "SBX-INCOMPLETE-INFORMATION"));

        await Host.AdvanceAsync(3 * Day); // 16 December: full licences active since the 15th
        await ExportAsync("e1", ExportStatus.Approved);
        await ExportAsync("e2", ExportStatus.Rejected);
        await ExportAsync("e3", ExportStatus.InReview);
        await ExportAsync("e-draft", ExportStatus.Draft);
        await Host.AdvanceAsync(Day); // 17 December
        await LicenceActAsync(s1, Regulator, "suspend", "Telemetry stopped arriving.");

        await Host.AdvanceAsync(4 * Day); // 21 December
        await LicenceActAsync(p1, Senior, "revoke", "The breach was not remedied.");
        await MisuseAsync("m4", Host.Time.GetUtcNow(), MisuseSeverity.Critical, MisuseResponse.Revocation);

        await Host.AdvanceAsync(12 * Day); // 2 January 2027: outside Q4
        await Host.SubmitAsync(SampleApplications.IntrusionResearch(new DateOnly(2027, 1, 20)));
        await MisuseAsync("m-after", Host.Time.GetUtcNow(), MisuseSeverity.Medium, null);
        await ExportAsync("e-after", ExportStatus.Submitted);
        await LicenceActAsync(s4, Regulator, "suspend", "Reports are overdue.");
        await Host.AdvanceAsync(4 * Day); // 6 January 2027
    }

    private async Task<PilotApplication> SubmitAsync(CaseActor applicant, ApplicationContent content)
    {
        var applications = Host.Get<PilotApplications>();
        var created = await applications.CreateAsync(applicant, content);
        return (await applications.SubmitAsync(applicant, created.Value.Id, created.ETag)).Value;
    }

    private static string Standard(PilotApplication application) => CaseDefinitions.CaseInstanceId(CaseDefinitions.Standard, application.Id);

    private static string Partner(PilotApplication application) => CaseDefinitions.CaseInstanceId(CaseDefinitions.PartnerFastTrack, application.Id);

    private async Task ProvisionalAsync(PilotApplication application, CaseActor actor) =>
        await DecideAsync(CaseDefinitions.CaseInstanceId(CaseDefinitions.ExpeditedHumanitarian, application.Id), actor, new LicenceDecision
        {
            Outcome = DecisionOutcome.Approve,
            Conditions = Pilots.Conditions,
            ValidFrom = Host.Time.GetUtcNow(),
            ValidTo = Host.Time.GetUtcNow().AddDays(60),
            Rationale = "The flood season starts in three weeks; the safeguards suit synthetic imagery.",
        });

    private async Task DecideAsync(string instanceId, CaseActor actor, LicenceDecision decision) =>
        await Host.Cases.DecideAsync(actor, actor.UserId, instanceId, decision, (await Host.Engine.GetAsync(instanceId))!.ETag);

    private async Task ActAsync(string instanceId, CaseActor actor, string trigger, string? reason = null) =>
        await Host.Cases.ActAsync(actor, actor.UserId, instanceId, trigger, reason, (await Host.Engine.GetAsync(instanceId))!.ETag);

    private async Task LicenceActAsync(PilotApplication application, CaseActor actor, string trigger, string reason)
    {
        var licence = (await Host.Get<LicenceRegistry>().ForApplicationAsync(application.Id)).Single(l => l.Kind == LicenceKind.Full);
        var etag = (await Host.Engine.GetAsync(CaseDefinitions.LifecycleInstanceId(licence.Id)))!.ETag;
        await Host.Get<LicenceActions>().ActAsync(actor, actor.UserId, licence.Id, trigger, reason, null, etag);
    }

    /// <summary>An export request as the airlock stores it; its submission time is the clock's now.</summary>
    private async Task ExportAsync(string id, ExportStatus status)
    {
        var now = Host.Time.GetUtcNow();
        await Host.Get<DocumentSet<ExportRequest>>().CreateAsync(new ExportRequest
        {
            Id = id,
            SandboxId = "sbx-test",
            RequestedBy = "ines",
            Query = new GatewayQuery { Dataset = "ids_alerts", Purpose = "Evaluate detection accuracy on synthetic records", Aggregates = [new GatewayAggregate("count")] },
            Justification = "Counts for the interim report.",
            Columns = ["count"],
            Rows = [[42L]],
            SuppressedGroups = 0,
            Status = status,
            CreatedAt = now,
            SubmittedAt = status == ExportStatus.Draft ? null : now,
        });
    }

    /// <summary>A misuse report as the misuse workflow stores it (created directly until that workflow lands).</summary>
    private async Task MisuseAsync(string id, DateTimeOffset receivedAt, MisuseSeverity? severity, MisuseResponse? response) =>
        await Host.Get<DocumentSet<MisuseReport>>().CreateAsync(new MisuseReport
        {
            Id = id,
            Reference = "MIS-2026-" + id,
            Source = MisuseSource.Anonymous,
            Allegation = MisuseAllegation.BreachOfConditions,
            Description = "The holder shares raw identifiers with a third party.",
            ReceivedAt = receivedAt,
            Severity = severity,
            Status = response is null ? (severity is null ? MisuseStatus.Triage : MisuseStatus.Investigation) : MisuseStatus.Closed,
            Response = response,
            ClosedAt = response is null ? null : receivedAt.AddDays(1),
        });
}
