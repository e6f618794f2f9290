using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Tests;
using Sandbox.Oversight.Misuse;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Tasks;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.Misuse;

/// <summary>The triage and investigation clocks on the fake clock: each escalates to a senior when it runs out; asking the holder pauses the investigation.</summary>
public sealed class MisuseEscalationTests : IAsyncLifetime
{
    private static readonly WorkflowActor SeniorInbox = WorkflowActor.Person("sam", "Sam", ["SeniorRegulator"], "authority");

    private MisuseTestBed _bed = null!;
    private PilotLicence _licence = null!;

    public async Task InitializeAsync()
    {
        _bed = await MisuseTestBed.StartAsync(o => (o.TriageDays, o.HighInvestigationDays) = (2, 7));
        _licence = await _bed.Sandboxes.ActiveLicenceAsync();
    }

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    private async Task<IReadOnlyList<WorkflowTask>> EscalationsAsync(string reportId) =>
        (await _bed.Host.Get<WorkflowInbox>().ForAsync(SeniorInbox, "escalations")).Where(t => t.InstanceId == MisuseIds.Instance(reportId)).ToList();

    [Fact]
    public async Task Triage_not_done_within_its_clock_goes_to_a_senior_who_can_triage_it()
    {
        var receipt = await _bed.ReportAsync(_licence.Reference);
        await _bed.Host.AdvanceAsync(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        Assert.False((await _bed.ReportOfAsync(receipt.ReportId)).Escalated);
        Assert.Empty(await EscalationsAsync(receipt.ReportId));

        await _bed.Host.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.True((await _bed.ReportOfAsync(receipt.ReportId)).Escalated);
        Assert.Equal("triage-escalated", (await _bed.InstanceAsync(receipt.ReportId)).State);
        var task = Assert.Single(await EscalationsAsync(receipt.ReportId));
        Assert.Equal(["triage", "dismiss"], task.Actions.Select(a => a.Trigger));
        await _bed.ActAsync(Senior, receipt.ReportId, "triage", new MisuseDecision("Late, but credible.", MisuseSeverity.High, _licence.Reference));
        Assert.Equal(MisuseStatus.Investigation, (await _bed.ReportOfAsync(receipt.ReportId)).Status);
    }

    [Fact]
    public async Task The_investigation_clock_follows_the_severity_and_pauses_while_the_holder_is_asked()
    {
        var receipt = await _bed.ReportAsync(_licence.Reference);
        await _bed.ActAsync(Regulator, receipt.ReportId, "triage", new MisuseDecision("Credible.", MisuseSeverity.High, _licence.Reference));
        await _bed.Host.AdvanceAsync(TimeSpan.FromDays(3));
        await _bed.ActAsync(Regulator, receipt.ReportId, "ask-holder", new MisuseDecision("Show us your query logs for November."));

        await _bed.Host.AdvanceAsync(TimeSpan.FromDays(10));
        Assert.Equal("awaiting-holder", (await _bed.InstanceAsync(receipt.ReportId)).State);
        Assert.False((await _bed.ReportOfAsync(receipt.ReportId)).Escalated);
        await _bed.ActAsync(_bed.Host.Applicant, receipt.ReportId, "holder-respond", new MisuseDecision("Logs attached to our reply by post."));

        await _bed.Host.AdvanceAsync(TimeSpan.FromDays(4) - TimeSpan.FromMinutes(1));
        Assert.Equal(("investigation", false), ((await _bed.InstanceAsync(receipt.ReportId)).State, (await _bed.ReportOfAsync(receipt.ReportId)).Escalated));
        await _bed.Host.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.Equal("investigation-escalated", (await _bed.InstanceAsync(receipt.ReportId)).State);
        Assert.True((await _bed.ReportOfAsync(receipt.ReportId)).Escalated);
        Assert.Single(await EscalationsAsync(receipt.ReportId));
    }

    [Fact]
    public async Task A_holder_who_does_not_answer_in_14_days_returns_the_report_to_the_investigator()
    {
        var receipt = await _bed.ReportAsync(_licence.Reference);
        await _bed.ActAsync(Regulator, receipt.ReportId, "triage", new MisuseDecision("Credible.", MisuseSeverity.Low, _licence.Reference));
        await _bed.ActAsync(Regulator, receipt.ReportId, "ask-holder", new MisuseDecision("Please explain."));
        Assert.Equal(MisuseStatus.AwaitingHolder, (await _bed.ReportOfAsync(receipt.ReportId)).Status);

        await _bed.Host.AdvanceAsync(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        Assert.Equal(("investigation", MisuseStatus.Investigation), ((await _bed.InstanceAsync(receipt.ReportId)).State, (await _bed.ReportOfAsync(receipt.ReportId)).Status));
        Assert.Empty((await _bed.ReportOfAsync(receipt.ReportId)).HolderStatements);
    }

    [Fact]
    public async Task Regulators_of_the_organization_a_report_concerns_get_none_of_its_tasks()
    {
        var receipt = await _bed.ReportAsync(_licence.Reference);
        var outside = WorkflowActor.Person("rita", "Rita", ["Regulator"], "authority");
        var inside = WorkflowActor.Person("hera", "Hera", ["Regulator"], _licence.HolderOrganizationId);
        async Task<(int Outside, int Inside)> TasksAsync()
        {
            var inbox = _bed.Host.Get<WorkflowInbox>();
            var instance = MisuseIds.Instance(receipt.ReportId);
            return ((await inbox.ForAsync(outside, "misuse")).Count(t => t.InstanceId == instance), (await inbox.ForAsync(inside, "misuse")).Count(t => t.InstanceId == instance));
        }

        Assert.Equal((1, 0), await TasksAsync());
        await _bed.ActAsync(Regulator, receipt.ReportId, "triage", new MisuseDecision("Credible.", MisuseSeverity.Medium, _licence.Reference));
        Assert.Equal((1, 0), await TasksAsync());
    }
}
