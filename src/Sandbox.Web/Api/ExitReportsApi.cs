using System.Security.Claims;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Identity.Access;
using Sandbox.Oversight.ExitReports;
using Sandbox.Storage.Documents;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/exit-reports/{licenceId}</c> (docs/exit-reports.md): assembled once the licence has ended, completed and
/// submitted by the holder, accepted or returned by a regulator outside the holder's organization; every change with
/// If-Match. <c>/api/public/exit-reports</c>: the published reports in their public form, without sign-in.
/// </summary>
public static class ExitReportsApi
{
    public static void MapExitReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/exit-reports").RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Exit reports")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/", ListAsync).WithName("ListExitReports").Produces<IReadOnlyList<ExitReport>>().ProducesValidationProblem()
            .WithSummary("Regulators and auditors: every exit report (?status=Submitted); the holder: its own.");
        api.MapGet("/{licenceId}", GetAsync).WithName("GetExitReport").Produces<ExitReport>()
            .WithSummary("One licence's exit report with its ETag.");
        api.MapPost("/{licenceId}", AssembleAsync).WithName("AssembleExitReport").Produces<ExitReport>(StatusCodes.Status201Created).Produces<ExitReport>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The holder or a regulator assembles the report of an ended licence from its records; again, it answers the same report.");
        api.MapPut("/{licenceId}/narrative", SaveAsync).WithName("SaveExitReportNarrative").Produces<ExitReport>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("The holder saves what was learned, the results, deviations and data disposal (If-Match).");
        Step(api, "/{licenceId}/submission", "SubmitExitReport", "The holder submits the completed report (If-Match).",
            (reports, actor, id, etag, _, ct) => reports.SubmitAsync(actor, id, etag, ct));
        Step(api, "/{licenceId}/acceptance", "AcceptExitReport", "A regulator outside the holder's organization accepts it (If-Match).",
            (reports, actor, id, etag, _, ct) => reports.AcceptAsync(actor, id, etag, ct));
        Step(api, "/{licenceId}/return", "ReturnExitReport", "A regulator outside the holder's organization returns it with { reason } (If-Match).",
            (reports, actor, id, etag, request, ct) => reports.ReturnAsync(actor, id, etag, request?.Reason, ct));
        Step(api, "/{licenceId}/consent", "ConsentToPublishExitReport", "The holder gives { give: true, naming: Named | Generalized } or withdraws its consent to publish (If-Match).",
            (reports, actor, id, etag, request, ct) => request?.Give is { } give
                ? reports.ConsentAsync(actor, id, etag, give, request.Naming ?? HolderNaming.Generalized, ct)
                : throw new IntakeValidationException([new FieldProblem("give", "Say whether you consent to publication (true) or withdraw it (false).")]));
        Step(api, "/{licenceId}/publication-approval", "ApproveExitReportPublication", "A regulator outside the holder's organization approves publishing an accepted report (If-Match).",
            (reports, actor, id, etag, _, ct) => reports.ApprovePublicationAsync(actor, id, etag, ct));

        var published = app.MapGroup("/api/public/exit-reports").AllowAnonymous().WithTags("Exit reports");
        published.MapGet("/", async (ExitReportService reports, CancellationToken ct) => TypedResults.Ok(await reports.ListPublishedAsync(ct)))
            .WithName("ListPublishedExitReports").Produces<IReadOnlyList<PublicExitReport>>().WithSummary("Published exit reports in their public form; no sign-in needed.");
        published.MapGet("/{id}", PublishedAsync).WithName("GetPublishedExitReport").Produces<PublicExitReport>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One published exit report in its public form: no personal names or contact details.");
    }

    private static void Step(
        RouteGroupBuilder api, string pattern, string name, string summary,
        Func<ExitReportService, Applications.Access.CaseActor, string, string, ExitReportStepRequest?, CancellationToken, Task<Versioned<ExitReport>>> step) =>
        api.MapPost(pattern, (string licenceId, ExitReportStepRequest? request, ExitReportService reports, HttpContext context, ClaimsPrincipal user, CancellationToken ct) =>
                RunAsync(async () =>
                {
                    if (!CaseProblems.TryGetIfMatch(context, out var etag, out var problem))
                    {
                        return problem!;
                    }

                    return Answer(context, await step(reports, CaseActors.From(user), licenceId, etag, request, ct));
                }))
            .WithName(name).WithSummary(summary).Produces<ExitReport>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static Task<IResult> ListAsync(ExitReportService reports, ClaimsPrincipal user, CancellationToken cancellationToken, string? status = null) =>
        RunAsync(async () =>
        {
            ExitReportStatus? wanted = null;
            if (status is not null)
            {
                if (!Enum.TryParse<ExitReportStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use Draft, Submitted, Returned or Accepted."] });
                }

                wanted = parsed;
            }

            return TypedResults.Ok(await reports.ListAsync(CaseActors.From(user), wanted, cancellationToken));
        });

    private static Task<IResult> GetAsync(string licenceId, ExitReportService reports, HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(async () => Answer(context, await reports.GetAsync(CaseActors.From(user), licenceId, cancellationToken)));

    private static Task<IResult> AssembleAsync(string licenceId, ExitReportService reports, HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            var (report, created) = await reports.AssembleAsync(CaseActors.From(user), licenceId, cancellationToken);
            context.Response.Headers.ETag = report.ETag;
            return created ? TypedResults.Created($"/api/exit-reports/{report.Value.Id}", report.Value) : TypedResults.Ok(report.Value);
        });

    private static Task<IResult> SaveAsync(
        string licenceId, ExitNarrative? narrative, ExitReportService reports, HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            if (!CaseProblems.TryGetIfMatch(context, out var etag, out var problem))
            {
                return problem!;
            }

            if (narrative is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the narrative as JSON."] });
            }

            return Answer(context, await reports.SaveNarrativeAsync(CaseActors.From(user), licenceId, etag, narrative, cancellationToken));
        });

    private static async Task<IResult> PublishedAsync(string id, ExitReportService reports, CancellationToken cancellationToken) =>
        await reports.PublishedAsync(id, cancellationToken) is { } report
            ? TypedResults.Ok(report)
            : TypedResults.Problem($"No published exit report '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static Microsoft.AspNetCore.Http.HttpResults.Ok<ExitReport> Answer(HttpContext context, Versioned<ExitReport> report)
    {
        context.Response.Headers.ETag = report.ETag;
        return TypedResults.Ok(report.Value);
    }

    private static Task<IResult> RunAsync(Func<Task<IResult>> action) =>
        CaseProblems.RunAsync(async () =>
        {
            try
            {
                return await action();
            }
            catch (ExitReportNotFoundException ex)
            {
                return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown exit report");
            }
        });
}

/// <summary>What a step may carry: a reason (return), the consent and naming (consent).</summary>
public sealed record ExitReportStepRequest(string? Reason = null, bool? Give = null, HolderNaming? Naming = null);
