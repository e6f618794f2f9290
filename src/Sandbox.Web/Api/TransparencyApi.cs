using System.Security.Claims;
using Sandbox.Domain.Access;
using Sandbox.Identity.Access;
using Sandbox.Oversight.Transparency;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/transparency</c> (docs/transparency.md): anyone lists and downloads the published reports (JSON under
/// <c>transparency-report.v1</c>, or CSV); regulators preview a period's exact figures; senior regulators publish.
/// </summary>
public static class TransparencyApi
{
    public static RouteGroupBuilder MapTransparencyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/transparency").WithTags("Transparency");
        api.MapGet("/reports", ListAsync).AllowAnonymous().WithName("ListTransparencyReports").Produces<IReadOnlyList<PublishedReportSummary>>()
            .WithSummary("Published transparency reports, newest first; no sign-in needed.");
        api.MapGet("/reports/{id}", GetAsync).AllowAnonymous().WithName("GetTransparencyReport")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One published report exactly as it was frozen and hashed (?format=json, the default, or csv); the hash is in X-Content-SHA256.");
        api.MapGet("/preview", PreviewAsync).RequireAuthorization(ApiAccess.ApiPolicy).WithName("PreviewTransparencyReport")
            .Produces<TransparencyReport>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Regulators: a period's figures (?period=2026, 2026-Q3 or 2026-01-01..2026-03-31), exact, or as they would be published with ?view=public.");
        api.MapPost("/reports", PublishAsync).RequireAuthorization(ApiAccess.ApiPolicy).WithName("PublishTransparencyReport")
            .Produces<PublishedReportSummary>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Senior regulators: publish an ended period's report once; { period, newRevision: true, reason } publishes a correction and keeps the old one.");
        return api;
    }

    private static async Task<IResult> ListAsync(TransparencyReports reports, CancellationToken cancellationToken) =>
        TypedResults.Json(await reports.ListAsync(cancellationToken), TransparencyJson.Options);

    private static async Task<IResult> GetAsync(string id, HttpContext context, TransparencyReports reports, CancellationToken cancellationToken, string? format = null)
    {
        if (format is not (null or "json" or "csv"))
        {
            return TypedResults.Problem("Use format=json or format=csv.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown format");
        }

        if (await reports.GetAsync(id, cancellationToken) is not { } report)
        {
            return TypedResults.Problem($"No published transparency report '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        context.Response.Headers["X-Content-SHA256"] = report.ContentSha256;
        return format == "csv"
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(TransparencyCsv.Write(TransparencyJson.Deserialize(report.ContentJson))), "text/csv; charset=utf-8", $"transparency-{report.Id}.csv")
            : TypedResults.Text(report.ContentJson, "application/json; charset=utf-8");
    }

    private static async Task<IResult> PreviewAsync(TransparencyReports reports, ClaimsPrincipal user, CancellationToken cancellationToken, string? period = null, string? view = null)
    {
        if (!Holds(user, SandboxRoles.Regulator, SandboxRoles.SeniorRegulator))
        {
            return Forbidden("Previews are for regulators signed in with a second factor.");
        }

        if (view is not (null or "exact" or "public"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["view"] = ["Use view=exact or view=public."] });
        }

        if (!TryPeriod(reports, period, out var chosen, out var problem))
        {
            return problem!;
        }

        var exact = await reports.PreviewAsync(chosen!, cancellationToken);
        return TypedResults.Json(view == "public" ? reports.PublicView(exact) : exact, TransparencyJson.Options);
    }

    private static async Task<IResult> PublishAsync(PublishTransparencyRequest? request, TransparencyReports reports, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!Holds(user, SandboxRoles.SeniorRegulator))
        {
            return Forbidden("Only a senior regulator signed in with a second factor publishes a transparency report.");
        }

        if (request?.Reason is { Length: > 1000 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["A reason is at most 1,000 characters."] });
        }

        if (!TryPeriod(reports, request?.Period, out var period, out var problem))
        {
            return problem!;
        }

        try
        {
            var actor = CaseActors.From(user);
            var published = await reports.PublishAsync(period!, actor.UserId, CaseActors.DisplayName(user), request!.NewRevision, request.Reason, cancellationToken);
            var summary = new PublishedReportSummary(published.Id, published.PeriodId, published.PeriodLabel, published.Revision, published.Supersedes, published.PublishedAt, published.ContentSha256, true);
            return TypedResults.Json(summary, TransparencyJson.Options, statusCode: StatusCodes.Status201Created);
        }
        catch (TransparencyPublishException ex) when (ex.Problem == PublishProblem.ReasonRequired)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [ex.Message] });
        }
        catch (TransparencyPublishException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict,
                title: ex.Problem switch
                {
                    PublishProblem.AlreadyPublished => "Already published",
                    PublishProblem.OverlapsPublished => "Overlaps a published period",
                    _ => "Period not ended",
                });
        }
    }

    private static bool TryPeriod(TransparencyReports reports, string? text, out ReportPeriod? period, out IResult? problem)
    {
        period = null;
        problem = null;
        if (!PeriodRules.TryParse(text, out var request))
        {
            problem = TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["period"] = [PeriodRules.TextFormHelp] });
            return false;
        }

        period = reports.Period(request!, out var problems);
        if (period is null)
        {
            problem = TypedResults.ValidationProblem(problems);
        }

        return period is not null;
    }

    /// <summary>Privileged roles count only with a second factor (<see cref="CaseActors.From"/>).</summary>
    private static bool Holds(ClaimsPrincipal user, params string[] roles) => CaseActors.From(user).Roles.Overlaps(roles);

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
