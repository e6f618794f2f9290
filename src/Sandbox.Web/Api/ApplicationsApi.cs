using System.Security.Claims;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Identity.Access;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/applications</c>: applicants create, save, submit and amend their organization's applications;
/// regulators and auditors list and read submitted ones. Changes name the ETag they were based on (If-Match).
/// </summary>
public static partial class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/applications").RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Applications")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", ListAsync).WithName("ListApplications").Produces<ApplicationPage>().ProducesValidationProblem()
            .WithSummary("Applications the caller may see, filtered, sorted and paged (continuationToken from the previous page).");
        api.MapPost("/", CreateAsync).WithName("CreateApplication").Produces<ApplicationResource>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithSummary("Starts a draft for the caller's organization; the draft may be incomplete but not malformed.");
        api.MapGet("/{id}", GetAsync).WithName("GetApplication").Produces<ApplicationResource>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One application, with its ETag.");
        api.MapPut("/{id}/draft", SaveDraftAsync).WithName("SaveApplicationDraft").Produces<ApplicationResource>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Saves the working draft (If-Match). After a submission this starts or continues an amendment.");
        api.MapPost("/{id}/amendment", AmendAsync).WithName("StartApplicationAmendment").Produces<ApplicationResource>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Copies the latest submitted version into a new working draft (If-Match).");
        api.MapPost("/{id}/submission", SubmitAsync).WithName("SubmitApplication").Produces<ApplicationResource>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Validates the draft completely, screens every party, assesses the risk and freezes a new version (If-Match).");
        api.MapPost("/{id}/withdrawal", WithdrawAsync).WithName("WithdrawApplication").Produces<ApplicationResource>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Withdraws the application, with a reason (If-Match).");
        api.MapGet("/{id}/versions", ListVersionsAsync).WithName("ListApplicationVersions").Produces<IReadOnlyList<VersionResource>>();
        api.MapGet("/{id}/versions/{number:int}", GetVersionAsync).WithName("GetApplicationVersion").Produces<VersionResource>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id}/diff", DiffAsync).WithName("DiffApplicationVersions").Produces<IReadOnlyList<FieldChange>>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Fields changed from version `from` (0 = empty) to version `to`; without `to`, to the pending amendment.");
        MapAttachments(api);
        MapNotes(api);
        api.MapCaseScreening();
        return api;
    }

    private static Task<IResult> ListAsync(
        HttpContext context, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken,
        ApplicationStatus? status = null, int? tier = null, EndUseCategory? category = null, DateTimeOffset? dueBefore = null,
        bool? expedited = null, ScreeningStatus? screening = null, bool? reReview = null, ApplicationSort? sort = null, int? pageSize = null, string? continuationToken = null) =>
        CaseProblems.RunAsync(async () =>
        {
            if (tier is < 1 or > 4)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["tier"] = ["Tier is 1 to 4."] });
            }

            if ((status is { } s && !Enum.IsDefined(s)) || (category is { } c && !Enum.IsDefined(c)) || (screening is { } sc && !Enum.IsDefined(sc)) || (sort is { } o && !Enum.IsDefined(o)))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["filter"] = ["Use the named values of status, category, screening and sort."] });
            }

            var actor = CaseActors.From(user);
            var filter = new ApplicationFilter
            {
                Status = status, Tier = tier, Category = category, DueBefore = dueBefore?.ToUniversalTime(), Expedited = expedited, Screening = screening, NeedsReReview = reReview,
                Sort = sort, PageSize = pageSize ?? 50, ContinuationToken = continuationToken,
            };
            var page = await applications.ListAsync(actor, filter, cancellationToken);
            return TypedResults.Ok(new ApplicationPage([.. page.Items.Select(i => ApplicationSummary.From(i.Value, actor))], page.ContinuationToken));
        });

    private static Task<IResult> CreateAsync(ApplicationContent content, HttpContext context, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () =>
        {
            var actor = CaseActors.From(user);
            var created = await applications.CreateAsync(actor, content, cancellationToken);
            context.Response.Headers.ETag = created.ETag;
            return TypedResults.Created($"/api/applications/{created.Value.Id}", ApplicationResource.From(created.Value, actor));
        });

    private static Task<IResult> GetAsync(string id, HttpContext context, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () =>
        {
            var actor = CaseActors.From(user);
            var found = await applications.GetAsync(actor, id, cancellationToken);
            context.Response.Headers.ETag = found.ETag;
            return TypedResults.Ok(ApplicationResource.From(found.Value, actor));
        });

    private static Task<IResult> SaveDraftAsync(string id, ApplicationContent content, HttpContext context, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Change(context, user, (actor, etag) => applications.SaveDraftAsync(actor, id, etag, content, cancellationToken));

    private static Task<IResult> AmendAsync(string id, HttpContext context, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Change(context, user, (actor, etag) => applications.StartAmendmentAsync(actor, id, etag, cancellationToken));

    private static Task<IResult> SubmitAsync(string id, HttpContext context, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Change(context, user, (actor, etag) => applications.SubmitAsync(actor, id, etag, cancellationToken));

    private static Task<IResult> WithdrawAsync(string id, WithdrawalRequest request, HttpContext context, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Change(context, user, (actor, etag) => applications.WithdrawAsync(actor, id, etag, request.Reason ?? string.Empty, cancellationToken));

    private static Task<IResult> ListVersionsAsync(string id, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () =>
        {
            var actor = CaseActors.From(user);
            var (application, versions) = await applications.GetWithVersionsAsync(actor, id, cancellationToken);
            return TypedResults.Ok(versions.Select(v => VersionResource.From(v, actor, application)).ToList());
        });

    private static Task<IResult> GetVersionAsync(string id, int number, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () =>
        {
            var actor = CaseActors.From(user);
            var (application, version) = await applications.GetWithVersionAsync(actor, id, number, cancellationToken);
            return TypedResults.Ok(VersionResource.From(version, actor, application));
        });

    private static Task<IResult> DiffAsync(string id, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken, int from = 0, int? to = null) =>
        CaseProblems.RunAsync(async () => TypedResults.Ok(await applications.DiffAsync(CaseActors.From(user), id, from, to, cancellationToken)));

    private static Task<IResult> Change(HttpContext context, ClaimsPrincipal user, Func<Applications.Access.CaseActor, string, Task<Storage.Documents.Versioned<PilotApplication>>> change) =>
        CaseProblems.RunAsync(async () =>
        {
            if (!CaseProblems.TryGetIfMatch(context, out var etag, out var problem))
            {
                return problem!;
            }

            var actor = CaseActors.From(user);
            var changed = await change(actor, etag);
            context.Response.Headers.ETag = changed.ETag;
            return TypedResults.Ok(ApplicationResource.From(changed.Value, actor));
        });
}
