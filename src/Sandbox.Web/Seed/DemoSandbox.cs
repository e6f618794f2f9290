using Microsoft.AspNetCore.Identity;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Access;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Users;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Seed;

/// <summary>
/// A demo licence with a live sandbox: the applicant's lab-only detection pilot, approved by the demo regulator from
/// today once its case reaches review, so the sandbox is provisioned by the lifecycle as it would be for real.
/// </summary>
public sealed partial class DemoSandbox(IServiceScopeFactory scopes, TimeProvider time, ILogger<DemoSandbox> logger) : BackgroundService
{
    private const string Purpose = "Benchmark intrusion detectors on synthetic flows";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var users = services.GetRequiredService<UserManager<SandboxUser>>();
            var ada = await users.FindByEmailAsync("applicant@sandbox.demo");
            var rui = await users.FindByEmailAsync("regulator@sandbox.demo");
            if (ada is null || rui is null)
            {
                return;
            }

            var applicant = new CaseActor(ada.Id, ada.OrganizationId, new HashSet<string>([SandboxRoles.Applicant]));
            var applications = services.GetRequiredService<PilotApplications>();
            var start = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var content = DemoContent.DetectionLab(start);
            var existing = await applications.ListAsync(applicant, new ApplicationFilter { Sort = ApplicationSort.UpdatedNewest, PageSize = 50 }, stoppingToken);
            if (existing.Items.Any(a => a.Value.Title == content.Plan!.Title))
            {
                return;
            }

            var draft = await applications.CreateAsync(applicant, content, stoppingToken);
            await applications.SubmitAsync(applicant, draft.Value.Id, draft.ETag, stoppingToken);
            var engine = services.GetRequiredService<WorkflowEngine>();
            for (var attempt = 0; attempt < 240 && !stoppingToken.IsCancellationRequested; attempt++)
            {
                if (LicensingCases.Current(await engine.FindBySubjectAsync(draft.Value.Id, stoppingToken)) is { State: "review" } @case)
                {
                    await DecideAsync(services, engine, @case.Id, new CaseActor(rui.Id, rui.OrganizationId, new HashSet<string>([SandboxRoles.Regulator])), rui.DisplayName, start, stoppingToken);
                    LogApproved(draft.Value.Reference);
                    await ReportMisuseAsync(services, draft.Value.Id, stoppingToken);
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex);
        }
    }

    private static async Task DecideAsync(IServiceProvider services, WorkflowEngine engine, string caseId, CaseActor regulator, string name, DateOnly start, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var decision = new LicenceDecision
        {
            Outcome = DecisionOutcome.Approve,
            Conditions = new LicenceConditions
            {
                RetentionDays = 30, DataLocalizationRegion = "EU", AggregateOnly = true, MinimumCellSize = 10, NoRawIdentifiers = true, MaxRowsPerQuery = 1000,
                QueriesPerDay = 500, ExportRequiresReview = true, TelemetryRequired = true, DeclaredPurposes = [Purpose],
                Narrative = ["Report the benchmark's method and results to the authority before publication."],
            },
            ValidFrom = from,
            ValidTo = from.AddDays(90),
            Rationale = "Lab-only research on synthetic data with aggregate-only access: the safeguards match the risk.",
        };
        await services.GetRequiredService<LicensingCases>().DecideAsync(regulator, name, caseId, decision, (await engine.GetAsync(caseId, cancellationToken))!.ETag, cancellationToken);
    }

    /// <summary>An anonymous report about the demo licence, waiting for triage in the regulators' misuse queue.</summary>
    private static async Task ReportMisuseAsync(IServiceProvider services, string applicationId, CancellationToken cancellationToken)
    {
        if (await services.GetRequiredService<LicenceRegistry>().ForApplicationAsync(applicationId, cancellationToken) is not [var licence, ..])
        {
            return;
        }

        await services.GetRequiredService<Oversight.Misuse.MisuseIntake>().SubmitAsync(Oversight.Misuse.MisuseReporter.Anonymous("demo-seed"), new Oversight.Misuse.MisuseSubmission
        {
            Allegation = Oversight.Misuse.MisuseAllegation.BreachOfConditions,
            Description = "A former member of the lab says per-host flow counts from the sandbox are being posted to a public forum, outside the licence's declared purpose.",
            LicenceReference = licence.Reference,
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo licence approved for {Reference}; its sandbox is provisioned when the licence becomes active")]
    private partial void LogApproved(string reference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo sandbox could not be set up")]
    private partial void LogFailed(Exception exception);
}
