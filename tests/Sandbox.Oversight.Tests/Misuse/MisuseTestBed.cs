using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Access;
using Sandbox.Domain.Access;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Tests;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning.Tests;
using Sandbox.Storage.Documents;
using Sandbox.Workflows.Instances;

namespace Sandbox.Oversight.Tests.Misuse;

/// <summary>A licence with its sandbox through the real workflows, and the misuse workflow on the same store and fake clock.</summary>
public sealed class MisuseTestBed(SandboxTestBed sandboxes)
{
    public static CaseActor Watchdog { get; } = LicensingTestHost.Person("wanda", "org-watchdog", SandboxRoles.Applicant);

    public SandboxTestBed Sandboxes { get; } = sandboxes;

    public LicensingTestHost Host => Sandboxes.Host;

    public static async Task<MisuseTestBed> StartAsync(Action<MisuseOptions>? options = null, IDocumentStore? store = null) =>
        new(new SandboxTestBed(await LicensingTestHost.StartAsync(store: store, configure: s => s.Configure<MisuseOptions>(o => options?.Invoke(o)))));

    public static MisuseSubmission Submission(string? licenceReference = null, params EvidenceUpload[] evidence) => new()
    {
        Allegation = MisuseAllegation.MisuseOfTechnology,
        Description = "The pilot's crowd counts are being matched against a watch list at the main station, outside the licence.",
        LicenceReference = licenceReference,
        Evidence = evidence,
    };

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action) => Sandboxes.InScopeAsync(action);

    public Task<MisuseReceipt> SubmitAsync(MisuseReporter reporter, MisuseSubmission submission) =>
        InScopeAsync(s => s.GetRequiredService<MisuseIntake>().SubmitAsync(reporter, submission));

    public Task<MisuseReceipt> ReportAsync(string? licenceReference = null, CaseActor? by = null) =>
        SubmitAsync(new MisuseReporter(by ?? Watchdog, "Wanda", "198.51.100.7"), Submission(licenceReference));

    public async Task<MisuseReport> ReportOfAsync(string id)
    {
        await Host.AdvanceAsync(TimeSpan.Zero);
        return (await Host.Get<DocumentSet<MisuseReport>>().ReadAsync(id, id))!.Value;
    }

    public async Task<WorkflowInstance> InstanceAsync(string reportId) => (await Host.Engine.GetAsync(MisuseIds.Instance(reportId)))!.Value;

    public async Task ActAsync(CaseActor actor, string reportId, string trigger, MisuseDecision decision)
    {
        var etag = (await Host.Engine.GetAsync(MisuseIds.Instance(reportId)))!.ETag;
        await InScopeAsync(async s => await s.GetRequiredService<MisuseActions>().ActAsync(actor, actor.UserId, reportId, trigger, decision, etag));
        await Host.AdvanceAsync(TimeSpan.Zero);
    }

    public Task<MisuseReportView> ViewAsync(CaseActor actor, string reportId) =>
        InScopeAsync(s => s.GetRequiredService<MisuseReports>().GetAsync(actor, WorkflowActors.From(actor, actor.UserId), reportId));
}
