using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Access;
using Sandbox.Oversight.Misuse;
using Sandbox.Workflows.Instances;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/misuse-reports</c>: anyone signed in reports suspected misuse; regulators triage, investigate and respond
/// (If-Match); the holder reads what concerns its licences and responds. <c>/api/whistleblower/reports</c> takes
/// reports without sign-in, limited in rate, and answers with a follow-up key shown once.
/// </summary>
public static class MisuseApi
{
    public const string FollowUpKeyHeader = "X-Follow-Up-Key";

    /// <summary>Five evidence files of at most 1 MiB as base64, and the text: anything larger is refused before it is read.</summary>
    public const long MaxRequestBytes = (MisuseRules.MaxEvidence * ((Applications.Intake.AttachmentRules.MaxBytes * 4 / 3) + 4)) + (64 * 1024);

    public static void MapMisuseApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/misuse-reports").RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Misuse")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/", ReportAsync).WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes)).WithName("ReportMisuse").Produces<MisuseReceipt>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests).WithSummary("Report suspected misuse or a breach of conditions (anonymous: true keeps your identity off it).");
        api.MapGet("/", ListAsync).WithName("ListMisuseReports").Produces<IReadOnlyList<MisuseReport>>().ProducesValidationProblem()
            .WithSummary("Regulators and auditors: every report; holders: those triaged against their licences (in the regulators' words).");
        api.MapGet("/sent", SentAsync).WithName("ListMisuseReportsSent").Produces<IReadOnlyList<MisuseReport>>().WithSummary("The reports the caller sent under their name.");
        api.MapGet("/{id}", GetAsync).WithName("GetMisuseReport").Produces<MisuseReportView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One report as the caller may see it, with its ETag and the steps the caller may take.");
        api.MapGet("/{id}/evidence/{evidenceId}", EvidenceAsync).WithName("GetMisuseEvidence").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An evidence file (regulators and auditors).");
        api.MapPost("/{id}/actions/{trigger}", ActAsync).WithName("ActOnMisuseReport").Produces<MisuseReportView>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("triage (severity, licenceReference), dismiss, ask-holder, no-action, warn, add-conditions (addedConditions), suspend, revoke; holder-respond by the holder. Every step needs a reason.");

        var whistleblower = app.MapGroup("/api/whistleblower/reports").AllowAnonymous().WithTags("Misuse");
        whistleblower.MapPost("/", ReportAnonymouslyAsync).WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes)).WithName("ReportMisuseAnonymously").Produces<MisuseReceipt>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Report without signing in. Nothing identifying you is stored; keep the follow-up key, it is shown once.");
        whistleblower.MapGet("/{reference}/status", FollowUpAsync).WithName("FollowUpMisuseReport").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary($"The stage of an anonymous report, with its follow-up key in the {FollowUpKeyHeader} header.");
    }

    private static Task<IResult> ReportAsync(MisuseReportRequest? request, HttpContext context, MisuseIntake intake, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        SubmitAsync(request, new MisuseReporter(CaseActors.From(user), CaseActors.DisplayName(user), AddressOf(context)), intake, context, cancellationToken);

    private static Task<IResult> ReportAnonymouslyAsync(MisuseReportRequest? request, HttpContext context, MisuseIntake intake, CancellationToken cancellationToken) =>
        SubmitAsync(request is null ? null : request with { Anonymous = true }, MisuseReporter.Anonymous(AddressOf(context)), intake, context, cancellationToken);

    private static Task<IResult> SubmitAsync(MisuseReportRequest? request, MisuseReporter reporter, MisuseIntake intake, HttpContext context, CancellationToken cancellationToken) =>
        RunAsync(context, async () =>
        {
            if (request is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the report as JSON."] });
            }

            if (!request.TryReadEvidence(out var evidence, out var problem))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem!.Field] = [problem.Message] });
            }

            var receipt = await intake.SubmitAsync(reporter, request.ToSubmission(evidence), cancellationToken);
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.Created($"/api/misuse-reports/{receipt.ReportId}", receipt);
        });

    private static Task<IResult> ListAsync(MisuseReports reports, HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken, MisuseStatus? status = null, int take = 100) =>
        RunAsync(context, async () =>
        {
            if (status is { } s && !Enum.IsDefined(s))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use Triage, Investigation, AwaitingHolder or Closed."] });
            }

            if (take is < 1 or > 500)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = ["Ask for 1 to 500 reports."] });
            }

            return TypedResults.Ok(await reports.QueueAsync(CaseActors.From(user), status, take, cancellationToken));
        });

    private static Task<IResult> SentAsync(MisuseReports reports, HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(context, async () => TypedResults.Ok(await reports.SentByAsync(CaseActors.From(user), cancellationToken)));

    private static Task<IResult> GetAsync(string id, MisuseReports reports, HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(context, async () => await AnswerAsync(id, reports, context, user, cancellationToken));

    private static Task<IResult> EvidenceAsync(string id, string evidenceId, MisuseReports reports, HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(context, async () =>
        {
            var file = await reports.EvidenceAsync(CaseActors.From(user), id, evidenceId, cancellationToken);
            return TypedResults.File(Convert.FromBase64String(file.Content), file.ContentType, file.FileName);
        });

    private static Task<IResult> ActAsync(
        string id, string trigger, MisuseActionRequest? request, MisuseActions actions, MisuseReports reports, HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(context, async () =>
        {
            if (!WorkflowProblems.TryReadChange(context, request?.Reason, out var etag, out var problem))
            {
                return problem!;
            }

            await actions.ActAsync(CaseActors.From(user), CaseActors.DisplayName(user), id, trigger,
                new MisuseDecision(request?.Reason, request?.Severity, request?.LicenceReference, request?.AddedConditions), etag, cancellationToken);
            return await AnswerAsync(id, reports, context, user, cancellationToken);
        });

    private static Task<IResult> FollowUpAsync(string reference, MisuseReports reports, HttpContext context, CancellationToken cancellationToken) =>
        RunAsync(context, async () =>
        {
            var status = await reports.FollowUpAsync(reference, context.Request.Headers[FollowUpKeyHeader].ToString(), cancellationToken);
            return TypedResults.Ok(new { reference = reference.ToUpperInvariant(), status });
        });

    private static async Task<IResult> AnswerAsync(string id, MisuseReports reports, HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var actor = CaseActors.From(user);
        var view = await reports.GetAsync(actor, Licensing.Cases.WorkflowActors.From(actor, CaseActors.DisplayName(user)), id, cancellationToken);
        context.Response.Headers.ETag = view.ETag;
        return TypedResults.Ok(view);
    }

    private static Task<IResult> RunAsync(HttpContext context, Func<Task<IResult>> action) =>
        WorkflowProblems.RunAsync(async () =>
        {
            try
            {
                return await action();
            }
            catch (MisuseReportNotFoundException ex)
            {
                return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown misuse report");
            }
            catch (MisuseRateLimitedException ex)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(ex.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many reports");
            }
        });

    private static string AddressOf(HttpContext context) => ReporterAddress.Of(context);
}

public sealed record MisuseActionRequest(string? Reason, MisuseSeverity? Severity = null, string? LicenceReference = null, LicenceConditions? AddedConditions = null);
