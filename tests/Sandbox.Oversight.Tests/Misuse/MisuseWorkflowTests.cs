using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;
using Sandbox.Identity.Clients;
using Sandbox.Licensing.Notifications;
using Sandbox.Licensing.Tests;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Tests;
using Sandbox.Workflows.Runtime;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.Misuse;

/// <summary>A report taken through triage, the holder's answer and each proportionate response, on the real workflows.</summary>
public sealed class MisuseWorkflowTests : IAsyncLifetime
{
    private const string Purpose = "Evaluate detection accuracy on synthetic records";

    private MisuseTestBed _bed = null!;
    private PilotLicence _licence = null!;

    public async Task InitializeAsync()
    {
        _bed = await MisuseTestBed.StartAsync();
        _licence = await _bed.Sandboxes.ActiveLicenceAsync();
    }

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    private Task<GatewayResult<QueryResult>> QueryAsync(SandboxEnvironment sandbox, GatewayQuery query) =>
        _bed.InScopeAsync(s => s.GetRequiredService<SandboxGateway>().QueryAsync(SandboxTestBed.Service(sandbox), sandbox.Id, query, CancellationToken.None));

    private static GatewayQuery CountBy(string field) => new()
    {
        Dataset = "flows", Purpose = Purpose, Aggregates = [new GatewayAggregate("count")], GroupBy = [field],
    };

    [Fact]
    public async Task A_report_goes_from_triage_to_suspension_and_the_sandbox_is_closed_to_its_tokens_at_once()
    {
        var receipt = await _bed.ReportAsync(_licence.Reference);
        Assert.Equal(MisuseStatus.Triage, (await _bed.ReportOfAsync(receipt.ReportId)).Status);
        Assert.Null(receipt.FollowUpKey);

        await _bed.ActAsync(Regulator, receipt.ReportId, "triage", new MisuseDecision("Credible: names a station and a date.", MisuseSeverity.Critical, _licence.Reference));
        var triaged = await _bed.ReportOfAsync(receipt.ReportId);
        Assert.Equal((MisuseStatus.Investigation, MisuseSeverity.Critical, _licence.Id, _licence.HolderOrganizationId),
            (triaged.Status, triaged.Severity, triaged.LicenceId, triaged.HolderOrganizationId));
        Assert.Equal(Start.AddDays(14), triaged.TriagedAt);
        var told = await _bed.Host.Get<HolderNotifications>().ForAsync(_licence.HolderOrganizationId);
        Assert.Contains(told, n => n.Subject == "Misuse report about your licence" && n.Message.Contains(triaged.Reference, StringComparison.Ordinal));

        await _bed.ActAsync(_bed.Host.Applicant, receipt.ReportId, "holder-respond", new MisuseDecision("We match nothing against any list; see our logs."));
        Assert.Equal("We match nothing against any list; see our logs.", Assert.Single((await _bed.ReportOfAsync(receipt.ReportId)).HolderStatements).Text);

        var sandbox = (await _bed.Sandboxes.SandboxAsync(_licence))!;
        Assert.NotNull((await QueryAsync(sandbox, CountBy("protocol"))).Value);
        await _bed.ActAsync(Regulator, receipt.ReportId, "suspend", new MisuseDecision("Matching against a watch list is outside every declared purpose."));

        var closed = await _bed.ReportOfAsync(receipt.ReportId);
        Assert.Equal((MisuseStatus.Closed, MisuseResponse.Suspension), (closed.Status, closed.Response));
        Assert.Equal(LicenceStatus.Suspended, (await _bed.Sandboxes.LicenceAsync(_licence.Id)).Status);
        Assert.Equal((403, "licence"), ((await QueryAsync(sandbox, CountBy("protocol"))).Refusal!.Status, (await QueryAsync(sandbox, CountBy("protocol"))).Refusal!.Condition));
        var client = await _bed.InScopeAsync(async s => await s.GetRequiredService<ClientRegistry>().GetAsync(SandboxIds.ServiceClient(sandbox.Id)));
        Assert.True(client!.Disabled);
        Assert.Equal("closed-suspension", (await _bed.InstanceAsync(receipt.ReportId)).State);
    }

    [Fact]
    public async Task The_holder_sees_the_regulators_words_never_the_report_its_evidence_or_its_reporter()
    {
        var png = new EvidenceUpload("station.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        var receipt = await _bed.SubmitAsync(new MisuseReporter(MisuseTestBed.Watchdog, "Wanda", "198.51.100.7"), MisuseTestBed.Submission(_licence.Reference, png));
        await _bed.ActAsync(Regulator, receipt.ReportId, "triage", new MisuseDecision("Triage note for regulators only.", MisuseSeverity.High, _licence.Reference));
        await _bed.ActAsync(Regulator, receipt.ReportId, "ask-holder", new MisuseDecision("Explain how station counts are used."));

        var holder = await _bed.ViewAsync(_bed.Host.Applicant, receipt.ReportId);
        var regulator = await _bed.ViewAsync(Regulator, receipt.ReportId);

        Assert.Equal(MisuseAudience.Holder, holder.Audience);
        Assert.Equal(("", 0, null), (holder.Report.Description, holder.Report.Evidence.Count, holder.Report.ReporterUserId));
        Assert.Empty(holder.History);
        Assert.Equal(["Explain how station counts are used."], holder.Messages.Select(m => m.Text));
        Assert.Contains(holder.Actions, a => a.Trigger == "holder-respond" && a.Permitted);
        Assert.Equal(("wanda", 1), (regulator.Report.ReporterUserId, regulator.Report.Evidence.Count));
        Assert.Equal("awaiting-holder", regulator.State);
        var file = await _bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().EvidenceAsync(Regulator, receipt.ReportId, regulator.Report.Evidence[0].Id));
        Assert.Equal(png.Content, Convert.FromBase64String(file.Content));
        await Assert.ThrowsAsync<MisuseReportNotFoundException>(() =>
            _bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().EvidenceAsync(_bed.Host.Applicant, receipt.ReportId, regulator.Report.Evidence[0].Id)));
        await Assert.ThrowsAsync<MisuseReportNotFoundException>(() => _bed.ViewAsync(Person("olga", "org-other", "Applicant"), receipt.ReportId));
    }

    [Fact]
    public async Task Nobody_triages_a_report_they_made_or_one_about_their_own_organizations_licence()
    {
        var own = await _bed.ReportAsync(_licence.Reference, by: SecondRegulator);
        var refused = await Assert.ThrowsAsync<TriggerNotPermittedException>(() =>
            _bed.ActAsync(SecondRegulator, own.ReportId, "triage", new MisuseDecision("Mine.", MisuseSeverity.Low, _licence.Reference)));
        Assert.Contains("not by the person named in reporterUserId", refused.Reasons);

        var insider = Person("hera", _licence.HolderOrganizationId, "Regulator");
        await Assert.ThrowsAsync<MisuseReportNotFoundException>(() => _bed.ViewAsync(insider, own.ReportId));
        await Assert.ThrowsAsync<MisuseReportNotFoundException>(() =>
            _bed.ActAsync(insider, own.ReportId, "triage", new MisuseDecision("Looks fine.", MisuseSeverity.Low, _licence.Reference)));
        Assert.DoesNotContain(await _bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().QueueAsync(insider, null, 50)), r => r.Id == own.ReportId);

        var unnamed = await _bed.ReportAsync();
        var problems = await Assert.ThrowsAsync<IntakeValidationException>(() =>
            _bed.ActAsync(insider, unnamed.ReportId, "triage", new MisuseDecision("Looks fine.", MisuseSeverity.Low, _licence.Reference)));
        Assert.Equal("licenceReference", Assert.Single(problems.Problems).Field);

        await _bed.ActAsync(Regulator, own.ReportId, "triage", new MisuseDecision("Credible.", MisuseSeverity.Low, _licence.Reference));
        var insiderHolder = Person("hal", _licence.HolderOrganizationId, "Regulator", "Applicant");
        var afterTriage = await Assert.ThrowsAsync<TriggerNotPermittedException>(() =>
            _bed.ActAsync(insiderHolder, own.ReportId, "warn", new MisuseDecision("Be careful.")));
        Assert.Contains("not by the organization named in holderOrganizationId", afterTriage.Reasons);
        Assert.Equal(MisuseStatus.Investigation, (await _bed.ReportOfAsync(own.ReportId)).Status);
    }

    [Fact]
    public async Task A_named_reporter_follows_the_stage_but_learns_nothing_triage_linked_or_the_holder_said()
    {
        var receipt = await _bed.ReportAsync(_licence.Reference);
        await _bed.ActAsync(Regulator, receipt.ReportId, "triage", new MisuseDecision("Credible.", MisuseSeverity.High, _licence.Reference));
        await _bed.ActAsync(_bed.Host.Applicant, receipt.ReportId, "holder-respond", new MisuseDecision("Our defence, in detail."));

        var sent = Assert.Single(await _bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().SentByAsync(MisuseTestBed.Watchdog)));
        var view = await _bed.ViewAsync(MisuseTestBed.Watchdog, receipt.ReportId);

        foreach (var report in new[] { sent, view.Report })
        {
            Assert.Equal((MisuseStatus.Investigation, 0, null, null, null), (report.Status, report.HolderStatements.Count, report.LicenceId, report.HolderOrganizationId, report.Severity));
        }

        Assert.Equal(MisuseAudience.Reporter, view.Audience);
        Assert.Empty(view.Actions);
    }

    [Fact]
    public async Task A_licence_that_has_ended_cannot_be_suspended_from_a_report_and_the_report_stays_open()
    {
        var receipt = await _bed.ReportAsync(_licence.Reference);
        await _bed.ActAsync(Regulator, receipt.ReportId, "triage", new MisuseDecision("Credible.", MisuseSeverity.Critical, _licence.Reference));
        await _bed.Sandboxes.ActAsync(_licence, "surrender", "The pilot ended early.");
        await _bed.Host.AdvanceAsync(TimeSpan.Zero);

        var refused = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => _bed.ActAsync(Regulator, receipt.ReportId, "suspend", new MisuseDecision("Stop.")));

        Assert.Contains("lifecycle", refused.InstanceId, StringComparison.Ordinal);
        Assert.Equal(MisuseStatus.Investigation, (await _bed.ReportOfAsync(receipt.ReportId)).Status);
        Assert.Equal(LicenceStatus.Surrendered, (await _bed.Sandboxes.LicenceAsync(_licence.Id)).Status);
    }

    [Fact]
    public async Task Added_conditions_only_tighten_the_licence_and_the_gateway_enforces_them_on_the_next_request()
    {
        var receipt = await _bed.ReportAsync(_licence.Reference);
        await _bed.ActAsync(Regulator, receipt.ReportId, "triage", new MisuseDecision("Plausible.", MisuseSeverity.Medium, _licence.Reference));

        var looser = await Assert.ThrowsAsync<IntakeValidationException>(() => _bed.ActAsync(Regulator, receipt.ReportId, "add-conditions",
            new MisuseDecision("More rows.", AddedConditions: new LicenceConditions { MaxRowsPerQuery = 1_000_000 })));
        Assert.Contains(looser.Problems, p => p.Message.Contains("nothing stricter", StringComparison.Ordinal));
        var invalid = await Assert.ThrowsAsync<IntakeValidationException>(() => _bed.ActAsync(Regulator, receipt.ReportId, "add-conditions",
            new MisuseDecision("Keep nothing.", AddedConditions: new LicenceConditions { RetentionDays = 0 })));
        Assert.Contains(invalid.Problems, p => p.Field == "addedConditions.retentionDays");
        var missing = await Assert.ThrowsAsync<IntakeValidationException>(() => _bed.ActAsync(Regulator, receipt.ReportId, "add-conditions", new MisuseDecision("No list.")));
        Assert.Equal("addedConditions", Assert.Single(missing.Problems).Field);

        var sandbox = (await _bed.Sandboxes.SandboxAsync(_licence))!;
        Assert.NotNull((await QueryAsync(sandbox, CountBy("protocol"))).Value);
        await _bed.ActAsync(Regulator, receipt.ReportId, "add-conditions",
            new MisuseDecision("Protocols reveal the station; deny them.", AddedConditions: new LicenceConditions { DeniedFields = ["protocol"], MaxRowsPerQuery = 100 }));

        var licence = await _bed.Sandboxes.LicenceAsync(_licence.Id);
        Assert.Equal((true, 100, LicenceStatus.Active), (licence.Conditions.DeniedFields.Contains("protocol"), licence.Conditions.MaxRowsPerQuery, licence.Status));
        Assert.Equal(_licence.Conditions.DeclaredPurposes, licence.Conditions.DeclaredPurposes);
        Assert.Equal(100, (await _bed.Sandboxes.SandboxAsync(_licence))!.Conditions.MaxRowsPerQuery);
        var refusal = (await QueryAsync(sandbox, CountBy("protocol"))).Refusal!;
        Assert.Equal(403, refusal.Status);
        Assert.Equal((MisuseStatus.Closed, MisuseResponse.AddedConditions), ((await _bed.ReportOfAsync(receipt.ReportId)).Status, (await _bed.ReportOfAsync(receipt.ReportId)).Response));
    }

    [Fact]
    public async Task A_revocation_ends_the_licence_and_a_report_without_a_licence_can_only_be_closed_or_dismissed()
    {
        var loose = await _bed.ReportAsync();
        await _bed.ActAsync(Regulator, loose.ReportId, "triage", new MisuseDecision("No licence of ours is named.", MisuseSeverity.Low));
        var noLicence = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => _bed.ActAsync(Regulator, loose.ReportId, "suspend", new MisuseDecision("Suspend what?")));
        Assert.Contains("licenceId is not null", noLicence.Reasons);
        await _bed.ActAsync(Regulator, loose.ReportId, "no-action", new MisuseDecision("Outside our jurisdiction; passed to the police."));
        Assert.Equal(MisuseResponse.NoAction, (await _bed.ReportOfAsync(loose.ReportId)).Response);

        var receipt = await _bed.ReportAsync(_licence.Reference);
        await _bed.ActAsync(Regulator, receipt.ReportId, "triage", new MisuseDecision("Second report of the same use.", MisuseSeverity.Critical, _licence.Reference));
        await _bed.ActAsync(Senior, receipt.ReportId, "revoke", new MisuseDecision("Use against a watch list confirmed."));

        Assert.Equal(LicenceStatus.Revoked, (await _bed.Sandboxes.LicenceAsync(_licence.Id)).Status);
        Assert.Equal(MisuseResponse.Revocation, (await _bed.ReportOfAsync(receipt.ReportId)).Response);
    }

    [Fact]
    public async Task A_suspension_on_a_report_someone_changed_meanwhile_is_refused_and_leaves_the_licence_alone()
    {
        var receipt = await _bed.ReportAsync(_licence.Reference);
        await _bed.ActAsync(Regulator, receipt.ReportId, "triage", new MisuseDecision("Credible.", MisuseSeverity.High, _licence.Reference));
        var seen = (await _bed.Host.Engine.GetAsync(MisuseIds.Instance(receipt.ReportId)))!.ETag;
        await _bed.ActAsync(_bed.Host.Applicant, receipt.ReportId, "holder-respond", new MisuseDecision("We disagree, see our logs."));

        await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => _bed.InScopeAsync(s =>
            s.GetRequiredService<MisuseActions>().ActAsync(Regulator, "Rita", receipt.ReportId, "suspend", new MisuseDecision("Stop now."), seen)));

        Assert.Equal(LicenceStatus.Active, (await _bed.Sandboxes.LicenceAsync(_licence.Id)).Status);
        Assert.Equal(MisuseStatus.Investigation, (await _bed.ReportOfAsync(receipt.ReportId)).Status);
    }

    [Fact]
    public async Task A_report_must_say_what_happened_and_its_evidence_must_be_a_small_document_of_the_declared_type()
    {
        var problems = await Assert.ThrowsAsync<IntakeValidationException>(() => _bed.SubmitAsync(MisuseReporter.Anonymous("198.51.100.9"), new MisuseSubmission
        {
            Description = "too short",
            LicenceReference = "licence 12",
            ObservedAt = _bed.Host.Time.GetUtcNow().AddDays(2),
            Evidence = [new EvidenceUpload("fake.pdf", "application/pdf", [1, 2, 3])],
        }));

        Assert.Equal(["allegation", "description", "licenceReference", "observedAt", "evidence[0]"], problems.Problems.Select(p => p.Field));
        Assert.Empty(await _bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().QueueAsync(Regulator, null, 10)));
    }
}
