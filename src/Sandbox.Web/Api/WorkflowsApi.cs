using System.Security.Claims;
using Sandbox.Domain.Access;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Access;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Refusals;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;
using Sandbox.Workflows.Tasks;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/workflows</c> and <c>/api/inbox</c>: the caller's tasks, case instances with what the caller may do,
/// decisions and other triggers (If-Match), definitions, and incidents for administrators.
/// </summary>
public static class WorkflowsApi
{
    public static IEndpointRouteBuilder MapWorkflowsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/inbox", InboxAsync).RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Workflows").WithName("GetInbox")
            .Produces<IReadOnlyList<TaskResource>>().WithSummary("Open tasks for the caller's roles, soonest due first, with their SLA status.");
        app.MapGet("/api/applications/{id}/case", CaseAsync).RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Workflows").WithName("GetApplicationCase")
            .Produces<ApplicantCaseResource>().Produces<IReadOnlyList<InstanceResource>>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The application's case: for applicants its stage and the regulator's messages; for case readers every case and consultation instance.");
        app.MapPost("/api/applications/{id}/case/triggers/{trigger}", FireApplicantAsync).RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Workflows").WithName("FireApplicantCaseTrigger")
            .Produces<ApplicantCaseResource>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("The applicant's own actions on the case (appeal), with the ETag from GET /api/applications/{id}/case (If-Match).");
        app.MapGet("/api/refusal-criteria", RefusalCriteriaAsync).RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Workflows").WithName("GetRefusalCriteria")
            .Produces<RefusalCatalogue>().WithSummary("The coded refusal criteria in force.");

        var api = app.MapGroup("/api/workflows").RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Workflows")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/definitions", (WorkflowEngine engine) => TypedResults.Ok(engine.Definitions.All.OrderBy(d => d.Id).ThenBy(d => d.Version).Select(DefinitionSummary.From).ToList()))
            .WithName("ListWorkflowDefinitions").WithSummary("Every loaded definition version.");
        api.MapGet("/definitions/{id}/{version:int}", GetDefinition).WithName("GetWorkflowDefinition").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/instances/{id}", GetInstanceAsync).WithName("GetWorkflowInstance").Produces<InstanceResource>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A case or consultation instance with its ETag and the triggers the caller may fire.");
        api.MapPost("/instances/{id}/decision", DecideAsync).WithName("DecideCase").Produces<InstanceResource>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Approve (conditions and validity window), refuse (coded reasons and a rationale) or no licence required (If-Match).");
        api.MapPost("/instances/{id}/triggers/{trigger}", FireAsync).WithName("FireCaseTrigger").Produces<InstanceResource>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Any other action: countersign, concur, return, request information, appeal, uphold, overturn, answer a consultation (If-Match).");
        api.MapGet("/incidents", IncidentsAsync).RequireAuthorization(ApiAccess.AdminApiPolicy).WithName("ListWorkflowIncidents")
            .Produces<IReadOnlyList<IncidentResource>>().WithSummary("Activities that failed past their retries, waiting for an administrator.");
        api.MapPost("/instances/{id}/incidents/{incidentId}/retry", RetryAsync).RequireAuthorization(ApiAccess.AdministratorInPersonPolicy).WithName("RetryWorkflowIncident")
            .Produces<InstanceResource>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Runs the failed activity again.");
        return app;
    }

    private static async Task<IResult> InboxAsync(WorkflowInbox inbox, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken, string? queue = null)
    {
        var actor = CaseActors.From(user);
        var tasks = await inbox.ForAsync(WorkflowActors.From(actor, CaseActors.DisplayName(user)), queue, cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok(tasks.Select(t => TaskResource.From(t, now)).ToList());
    }

    private static Task<IResult> CaseAsync(string id, HttpContext context, LicensingCases cases, WorkflowEngine engine, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken) =>
        WorkflowProblems.RunAsync(async () =>
        {
            var actor = CaseActors.From(user);
            var instances = await cases.InstancesAsync(actor, id, cancellationToken);
            var name = CaseActors.DisplayName(user);
            var current = LicensingCases.Current(instances) ?? throw new WorkflowInstanceNotFoundException(id);
            if (!await cases.ShowsCaseSideAsync(actor, current, cancellationToken))
            {
                context.Response.Headers.ETag = (await engine.GetAsync(current.Id, cancellationToken))?.ETag;
                return TypedResults.Ok(await ApplicantViewAsync(engine, current, WorkflowActors.From(actor, name), cancellationToken));
            }

            var now = time.GetUtcNow();
            var resources = new List<InstanceResource>();
            foreach (var instance in instances)
            {
                resources.Add(InstanceResource.From(instance, engine.DefinitionOf(instance), await engine.PermittedAsync(instance.Id, WorkflowActors.From(actor, name), cancellationToken), now));
            }

            return TypedResults.Ok(resources);
        });

    private static IResult GetDefinition(string id, int version, WorkflowEngine engine) =>
        engine.Definitions.Find(id, version) is { } definition
            ? TypedResults.Ok(definition)
            : TypedResults.Problem($"No workflow definition {id}@{version} is loaded.", statusCode: StatusCodes.Status404NotFound, title: "Unknown definition");

    private static Task<IResult> GetInstanceAsync(string id, HttpContext context, LicensingCases cases, WorkflowEngine engine, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken) =>
        WorkflowProblems.RunAsync(async () =>
        {
            var actor = CaseActors.From(user);
            var instance = await cases.VisibleAsync(actor, id, cancellationToken);
            await RequireCaseSideAsync(cases, actor, instance.Value, cancellationToken);
            var actions = await engine.PermittedAsync(id, WorkflowActors.From(actor, CaseActors.DisplayName(user)), cancellationToken);
            context.Response.Headers.ETag = instance.ETag;
            return TypedResults.Ok(InstanceResource.From(instance.Value, engine.DefinitionOf(instance.Value), actions, time.GetUtcNow()));
        });

    private static Task<IResult> DecideAsync(string id, LicenceDecision? decision, HttpContext context, LicensingCases cases, WorkflowEngine engine, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken) =>
        WorkflowProblems.RunAsync(async () =>
        {
            if (!WorkflowProblems.TryReadChange(context, reason: null, out var etag, out var problem))
            {
                return problem!;
            }

            var actor = CaseActors.From(user);
            await RequireCaseSideAsync(cases, actor, (await cases.VisibleAsync(actor, id, cancellationToken)).Value, cancellationToken);
            var decided = await cases.DecideAsync(actor, CaseActors.DisplayName(user), id, decision, etag, cancellationToken);
            return await AnswerAsync(context, engine, actor, user, decided, time);
        });

    private static Task<IResult> FireAsync(string id, string trigger, TriggerRequest? request, HttpContext context, LicensingCases cases, WorkflowEngine engine, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken) =>
        WorkflowProblems.RunAsync(async () =>
        {
            if (!WorkflowProblems.TryReadChange(context, request?.Reason, out var etag, out var problem))
            {
                return problem!;
            }

            var actor = CaseActors.From(user);
            await RequireCaseSideAsync(cases, actor, (await cases.VisibleAsync(actor, id, cancellationToken)).Value, cancellationToken);
            var fired = await cases.ActAsync(actor, CaseActors.DisplayName(user), id, trigger, request?.Reason, etag, cancellationToken);
            return await AnswerAsync(context, engine, actor, user, fired, time);
        });

    private static async Task<IResult> AnswerAsync(HttpContext context, WorkflowEngine engine, Sandbox.Applications.Access.CaseActor actor, ClaimsPrincipal user, Sandbox.Storage.Documents.Versioned<WorkflowInstance> instance, TimeProvider time)
    {
        context.Response.Headers.ETag = instance.ETag;
        var actions = await engine.PermittedAsync(instance.Value.Id, WorkflowActors.From(actor, CaseActors.DisplayName(user)), context.RequestAborted);
        return TypedResults.Ok(InstanceResource.From(instance.Value, engine.DefinitionOf(instance.Value), actions, time.GetUtcNow()));
    }

    private static async Task<IResult> RefusalCriteriaAsync(RefusalCriteria criteria, CancellationToken cancellationToken) =>
        TypedResults.Ok(await criteria.InForceAsync(cancellationToken));

    private static async Task<IResult> IncidentsAsync(WorkflowEngine engine, CancellationToken cancellationToken) =>
        TypedResults.Ok((await engine.WithOpenIncidentsAsync(cancellationToken))
            .SelectMany(i => i.Incidents.Where(n => n.ResolvedAt is null).Select(n => new IncidentResource(i.Id, i.Key, i.Subject, n))).ToList());

    private static Task<IResult> RetryAsync(string id, string incidentId, WorkflowEngine engine, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken) =>
        WorkflowProblems.RunAsync(async () =>
        {
            var actor = CaseActors.From(user);
            var retried = await engine.RetryIncidentAsync(id, incidentId, WorkflowActors.From(actor, CaseActors.DisplayName(user)), cancellationToken);
            return TypedResults.Ok(InstanceResource.From(retried.Value, engine.DefinitionOf(retried.Value), [], time.GetUtcNow()));
        });

    /// <summary>
    /// Applicants (and case readers of the applicant's own organization) follow the case through
    /// <c>/api/applications/{id}/case</c>, which shows no screening, tier or routing.
    /// </summary>
    private static async Task RequireCaseSideAsync(LicensingCases cases, Sandbox.Applications.Access.CaseActor actor, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        if (!await cases.ShowsCaseSideAsync(actor, instance, cancellationToken))
        {
            throw new Sandbox.Applications.Intake.CaseForbiddenException("Follow this case on the application's case page.");
        }
    }

    private static async Task<ApplicantCaseResource> ApplicantViewAsync(WorkflowEngine engine, WorkflowInstance current, WorkflowActor actor, CancellationToken cancellationToken)
    {
        var actions = (await engine.PermittedAsync(current.Id, actor, cancellationToken)).Where(a => a.Permitted).ToList();
        return new ApplicantCaseResource(ApplicantCaseStatus.Of(current), ApplicantCaseStatus.Messages(current), actions);
    }

    /// <summary>The applicant's action on their case; a refusal says only that it is not open now (no state, no guards).</summary>
    private static Task<IResult> FireApplicantAsync(
        string id, string trigger, TriggerRequest? request, HttpContext context, LicensingCases cases, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        WorkflowProblems.RunAsync(async () =>
        {
            if (!WorkflowProblems.TryReadChange(context, request?.Reason, out var etag, out var problem))
            {
                return problem!;
            }

            var actor = CaseActors.From(user);
            var name = CaseActors.DisplayName(user);
            var current = LicensingCases.Current(await cases.InstancesAsync(actor, id, cancellationToken)) ?? throw new WorkflowInstanceNotFoundException(id);
            Sandbox.Storage.Documents.Versioned<WorkflowInstance> fired;
            try
            {
                fired = await cases.ActAsync(actor, name, current.Id, trigger, request?.Reason, etag, cancellationToken);
            }
            catch (TriggerNotPermittedException)
            {
                return TypedResults.Problem($"'{trigger}' is not open to you on this case now.", statusCode: StatusCodes.Status409Conflict, title: "Not permitted now");
            }

            context.Response.Headers.ETag = fired.ETag;
            return TypedResults.Ok(await ApplicantViewAsync(engine, fired.Value, WorkflowActors.From(actor, name), cancellationToken));
        });
}
