using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Sandbox.Domain.Sandboxes;
using Sandbox.Identity.Access;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Gateway;

namespace Sandbox.Web.Api;

/// <summary>
/// The data gateway, <c>/api/sandboxes/{id}/...</c>: dataset schemas, queries and the airlock. A bearer token (a
/// sandbox client's, or a named researcher's) or a named researcher signed in; every condition is checked by
/// <see cref="SandboxGateway"/> on every request, and each refusal names the condition.
/// </summary>
public static class GatewayApi
{
    /// <summary>Authenticated by cookie or bearer token; the gateway checks the sandbox scopes itself.</summary>
    private static readonly AuthorizationPolicy Authenticated = new AuthorizationPolicyBuilder(ApiAccess.Scheme).RequireAuthenticatedUser().Build();

    public static RouteGroupBuilder MapGatewayApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sandboxes/{id}").RequireAuthorization(Authenticated).WithTags("Sandbox gateway")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/datasets", DatasetsAsync).WithName("DescribeSandboxDatasets").Produces<IReadOnlyList<DatasetResource>>()
            .WithSummary("The sandbox's datasets: fields, their class (identifier, quasi-identifier, sensitive, attribute) and whether the licence denies them.");
        api.MapPost("/query", QueryAsync).WithName("QuerySandbox").Produces<QueryAnswer>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Runs a query (select or aggregates, filters, group by, order, limit) with a declared purpose, within the licence's conditions.");
        api.MapGet("/exports", ExportsAsync).WithName("ListSandboxExports").Produces<IReadOnlyList<ExportSummary>>()
            .WithSummary("Export requests without their rows: the requester's own, or all of them for regulators.");
        api.MapPost("/exports", DraftAsync).WithName("DraftSandboxExport").Produces<ExportSummary>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests).WithSummary("Drafts an export of a query result with a justification (re-checked against the conditions).");
        api.MapPost("/exports/{exportId}/submission", (string id, string exportId, HttpContext context, SandboxAirlock airlock, ClaimsPrincipal user, CancellationToken ct) =>
                RequesterAsync(context, user, etag => airlock.SubmitAsync(GatewayCaller.FromPrincipal(user), id, exportId, etag, ct)))
            .WithName("SubmitSandboxExport").Produces<ExportSummary>().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired).WithSummary("Submits a draft for review (If-Match).");
        api.MapPost("/exports/{exportId}/cancellation", (string id, string exportId, HttpContext context, SandboxAirlock airlock, ClaimsPrincipal user, CancellationToken ct) =>
                RequesterAsync(context, user, etag => airlock.CancelAsync(GatewayCaller.FromPrincipal(user), id, exportId, etag, ct)))
            .WithName("CancelSandboxExport").Produces<ExportSummary>().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithSummary("Cancels a draft, submitted or in-review export (If-Match).");
        api.MapPost("/exports/{exportId}/review", (string id, string exportId, HttpContext context, SandboxAirlock airlock, ClaimsPrincipal user, CancellationToken ct) =>
                ReviewerAsync(context, user, (reviewer, etag) => airlock.StartReviewAsync(reviewer, id, exportId, etag, ct)))
            .WithName("StartSandboxExportReview").Produces<ExportSummary>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("A regulator outside the holder's organization takes a submitted export into review (If-Match).");
        api.MapPost("/exports/{exportId}/decision", (string id, string exportId, ExportDecisionRequest? request, HttpContext context, SandboxAirlock airlock, ClaimsPrincipal user, CancellationToken ct) =>
                ReviewerAsync(context, user, (reviewer, etag) => airlock.DecideAsync(reviewer, id, exportId, request?.Approve ?? false, request?.Reason, etag, ct)))
            .WithName("DecideSandboxExport").Produces<ExportSummary>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Approves or rejects an export in review, with reasons (If-Match).");
        api.MapGet("/exports/{exportId}/download", DownloadAsync).WithName("DownloadSandboxExport").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The approved result for its requester, as CSV (format=csv) or JSON; each download counts.");
        return api;
    }

    private static Task<IResult> DatasetsAsync(string id, SandboxGateway gateway, ClaimsPrincipal user, HttpContext context, CancellationToken cancellationToken) =>
        GatewayProblems.RunAsync(async () =>
        {
            var access = await gateway.DescribeAsync(GatewayCaller.FromPrincipal(user), id, cancellationToken);
            return access.Value is { } environment ? TypedResults.Ok(SandboxResources.Datasets(environment)) : GatewayProblems.From(access.Refusal!, context);
        });

    private static Task<IResult> QueryAsync(string id, GatewayQuery? query, SandboxGateway gateway, ClaimsPrincipal user, HttpContext context, CancellationToken cancellationToken) =>
        GatewayProblems.RunAsync(async () =>
        {
            var answer = await gateway.QueryAsync(GatewayCaller.FromPrincipal(user), id, query ?? new GatewayQuery(), cancellationToken);
            context.Response.Headers.CacheControl = "no-store";
            return answer.Value is { } result ? TypedResults.Ok(new QueryAnswer(result.Columns, result.Rows, result.Truncated)) : GatewayProblems.From(answer.Refusal!, context);
        });

    private static Task<IResult> ExportsAsync(string id, SandboxAirlock airlock, SandboxGateway gateway, ClaimsPrincipal user, HttpContext context, CancellationToken cancellationToken) =>
        GatewayProblems.RunAsync(async () =>
        {
            if (IsReviewer(user))
            {
                return TypedResults.Ok((await airlock.ForSandboxAsync(id, cancellationToken)).Select(ExportSummary.Of).ToList());
            }

            var caller = GatewayCaller.FromPrincipal(user);
            var access = await gateway.AccessAsync(caller, id, Sandbox.Provisioning.Environments.SandboxIds.ExportRequestOperation, cancellationToken);
            return access.Refusal is { } refused ? GatewayProblems.From(refused, context)
                : TypedResults.Ok((await airlock.ForSandboxAsync(id, cancellationToken)).Where(e => e.RequestedBy == caller.Subject).Select(ExportSummary.Of).ToList());
        });

    private static Task<IResult> DraftAsync(string id, ExportDraftRequest? request, SandboxAirlock airlock, ClaimsPrincipal user, HttpContext context, CancellationToken cancellationToken) =>
        GatewayProblems.RunAsync(async () =>
        {
            var answer = await airlock.DraftAsync(GatewayCaller.FromPrincipal(user), id, request?.Query ?? new GatewayQuery(), request?.Justification, cancellationToken);
            if (answer.Value is not { } created)
            {
                return GatewayProblems.From(answer.Refusal!, context);
            }

            context.Response.Headers.ETag = created.ETag;
            return TypedResults.Created($"/api/sandboxes/{id}/exports/{created.Value.Id}", ExportSummary.Of(created.Value));
        });

    private static Task<IResult> DownloadAsync(string id, string exportId, SandboxAirlock airlock, ClaimsPrincipal user, HttpContext context, CancellationToken cancellationToken, string? format = null) =>
        GatewayProblems.RunAsync(async () =>
        {
            if (format is not (null or "csv" or "json"))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["Use csv or json."] });
            }

            var answer = await airlock.DownloadAsync(GatewayCaller.FromPrincipal(user), id, exportId, cancellationToken);
            if (answer.Value is not { } export)
            {
                return GatewayProblems.From(answer.Refusal!, context);
            }

            context.Response.Headers.CacheControl = "no-store";
            return format == "csv"
                ? TypedResults.File(Encoding.UTF8.GetBytes(ExportCsv.Write(export.Columns, export.Rows)), "text/csv", $"{export.Id}.csv")
                : TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(new { export.Id, export.SandboxId, export.Columns, export.Rows, export.SuppressedGroups, approvedBy = export.Reviewer }),
                    "application/json", $"{export.Id}.json");
        });

    private static Task<IResult> RequesterAsync(HttpContext context, ClaimsPrincipal user, Func<string, Task<GatewayResult<Sandbox.Storage.Documents.Versioned<ExportRequest>>>> move) =>
        GatewayProblems.RunAsync(async () =>
        {
            if (!CaseProblems.TryGetIfMatch(context, out var etag, out var problem))
            {
                return problem!;
            }

            return Answer(context, await move(etag));
        });

    private static Task<IResult> ReviewerAsync(
        HttpContext context, ClaimsPrincipal user, Func<ExportReviewer, string, Task<GatewayResult<Sandbox.Storage.Documents.Versioned<ExportRequest>>>> move) =>
        GatewayProblems.RunAsync(async () =>
        {
            if (!IsReviewer(user))
            {
                return TypedResults.Problem("Exports are reviewed by regulators signed in with a second factor.", statusCode: StatusCodes.Status403Forbidden, title: "Regulators only");
            }

            if (!CaseProblems.TryGetIfMatch(context, out var etag, out var problem))
            {
                return problem!;
            }

            var actor = CaseActors.From(user);
            return Answer(context, await move(new ExportReviewer(actor.UserId, CaseActors.DisplayName(user), actor.OrganizationId), etag));
        });

    private static IResult Answer(HttpContext context, GatewayResult<Sandbox.Storage.Documents.Versioned<ExportRequest>> answer)
    {
        if (answer.Value is not { } stored)
        {
            return GatewayProblems.From(answer.Refusal!, context);
        }

        context.Response.Headers.ETag = stored.ETag;
        return TypedResults.Ok(ExportSummary.Of(stored.Value));
    }

    private static bool IsReviewer(ClaimsPrincipal user) => ApiAccess.IsCookieUser(user) && CaseActors.From(user).CanWorkCases;
}
