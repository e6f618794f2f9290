using System.Security.Claims;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Identity.Access;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/screening</c>: regulators screen a name against every list and record allied denials; administrators
/// (in person) import the OFAC SDN list. Case screening and adjudication live under the application.
/// </summary>
public static partial class ScreeningApi
{
    public sealed record ScreenRequest(string? Name, string? Country);

    public sealed record WithdrawalRequest(string? Reason);

    /// <summary>A decision on a hit of <c>/screen</c>: the name and country screened, the hit's list, entry and hash, the outcome and why.</summary>
    public sealed record NameAdjudicationRequest(string? ScreenedName, string? Country, string? ListId, string? EntryId, string? EntryHash, AdjudicationOutcome? Outcome, string? Reason);

    public static RouteGroupBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/screening").RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Screening")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/screen", ScreenAsync).WithName("ScreenName").Produces<ScreeningResult>().ProducesValidationProblem()
            .WithSummary("Screens one name (with its country as a supporting signal) against every list in force (regulators).");
        api.MapPost("/adjudications", AdjudicateNameAsync).WithName("AdjudicateScreenedName").Produces<ScreeningAdjudication>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithSummary("Adjudicates a hit of a screened name (true match or false positive, with a reason), remembered for that name and country; send the earlier decision's ETag as If-Match to change it (regulators).");
        api.MapGet("/lists", ListsAsync).WithName("ListScreeningLists").Produces<IReadOnlyList<ScreenedList>>();
        api.MapPost("/lists/ofac-sdn/imports", ImportAsync).RequireAuthorization(ApiAccess.AdministratorInPersonPolicy).DisableAntiforgery()
            .Accepts<string>("text/csv").WithName("ImportOfacSdnList").Produces<ScreeningListImport>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Imports the OFAC SDN legacy CSV (body text/csv); the same file again changes nothing; add ?allowMassRemoval=true to delist more than a quarter.");
        api.MapGet("/lists/{list}/imports", ImportsAsync).WithName("ListScreeningImports").Produces<IReadOnlyList<ScreeningListImport>>();
        api.MapGet("/allied-denials", DenialsAsync).WithName("ListAlliedDenials").Produces<IReadOnlyList<AlliedDenial>>();
        api.MapPost("/allied-denials", RegisterDenialAsync).WithName("RegisterAlliedDenial").Produces<AlliedDenial>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Records a denial an allied authority notified; it is screened at once.");
        api.MapPost("/allied-denials/{id}/withdrawal", WithdrawDenialAsync).WithName("WithdrawAlliedDenial").Produces<AlliedDenial>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    /// <summary>The case's screening and adjudication, under <c>/api/applications/{id}/screening</c>.</summary>
    public static RouteGroupBuilder MapCaseScreening(this RouteGroupBuilder applications)
    {
        ArgumentNullException.ThrowIfNull(applications);
        applications.MapGet("/{id}/screening", CaseScreeningAsync).WithName("GetCaseScreening").Produces<CaseScreeningView>()
            .WithSummary("The latest version's parties screened now, with remembered adjudications (regulators and auditors).");
        applications.MapPost("/{id}/screening/adjudications", AdjudicateAsync).WithName("AdjudicateScreeningHit").Produces<ApplicationResource>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Adjudicates one hit (true match or false positive, with a reason) and assesses the case again (regulators).");
        return applications;
    }

    private static Task<IResult> ScreenAsync(ScreenRequest request, ScreeningService screening, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Guarded(user, async () => TypedResults.Ok(await screening.ScreenAsync(request.Name ?? string.Empty, request.Country, cancellationToken)));

    private static Task<IResult> AdjudicateNameAsync(NameAdjudicationRequest request, HttpContext context, ScreeningAdjudications adjudications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Guarded(user, async () =>
        {
            if (request.Outcome is not { } outcome || !Enum.IsDefined(outcome))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["outcome"] = ["The outcome is TrueMatch or FalsePositive."] });
            }

            var decision = new AdjudicationRequest(request.ScreenedName ?? string.Empty, request.Country, request.ListId ?? string.Empty, request.EntryId ?? string.Empty,
                request.EntryHash ?? string.Empty, outcome, request.Reason ?? string.Empty);
            var etag = context.Request.Headers.IfMatch.ToString();
            try
            {
                var saved = await adjudications.AdjudicateAsync(decision, CaseActors.From(user).UserId, string.IsNullOrEmpty(etag) ? null : etag, cancellationToken);
                context.Response.Headers.ETag = saved.ETag;
                return TypedResults.Ok(saved.Value);
            }
            catch (DocumentNotFoundException)
            {
                return TypedResults.Problem($"There is no entry {request.ListId}:{request.EntryId} on the lists in force.", statusCode: StatusCodes.Status404NotFound, title: "Unknown entry");
            }
        });

    private static Task<IResult> ListsAsync(ScreeningService screening, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Guarded(user, async () => TypedResults.Ok(await screening.ListsAsync(cancellationToken)), allowAdministrators: true);

    private static Task<IResult> ImportsAsync(string list, ScreeningListImporter importer, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Guarded(user, async () => TypedResults.Ok(await importer.ListImportsAsync(list, cancellationToken: cancellationToken)), allowAdministrators: true);

    private static Task<IResult> DenialsAsync(AlliedDenialRegistry denials, ClaimsPrincipal user, CancellationToken cancellationToken, AlliedDenialStatus? status = null) =>
        Guarded(user, async () => TypedResults.Ok((await denials.ListAsync(status, cancellationToken)).Select(d => d.Value).ToList()), allowAdministrators: true);

    private static Task<IResult> RegisterDenialAsync(AlliedDenialRegistration registration, HttpContext context, AlliedDenialRegistry denials, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Guarded(user, async () =>
        {
            var registered = await denials.RegisterAsync(registration, CaseActors.From(user).UserId, cancellationToken);
            context.Response.Headers.ETag = registered.ETag;
            return TypedResults.Created($"/api/screening/allied-denials/{registered.Value.Id}", registered.Value);
        }, allowAdministrators: true);

    private static Task<IResult> WithdrawDenialAsync(string id, WithdrawalRequest request, HttpContext context, AlliedDenialRegistry denials, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Guarded(user, async () =>
        {
            if (!CaseProblems.TryGetIfMatch(context, out var etag, out var problem))
            {
                return problem!;
            }

            if (await denials.GetAsync(id, cancellationToken) is null)
            {
                return TypedResults.Problem($"There is no allied denial '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown denial");
            }

            var withdrawn = await denials.WithdrawAsync(id, etag, request.Reason ?? string.Empty, CaseActors.From(user).UserId, cancellationToken);
            context.Response.Headers.ETag = withdrawn.ETag;
            return TypedResults.Ok(withdrawn.Value);
        }, allowAdministrators: true);

    private static Task<IResult> CaseScreeningAsync(string id, CaseAdjudication adjudication, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () => TypedResults.Ok(await adjudication.ScreeningAsync(CaseActors.From(user), id, cancellationToken)));

    private static Task<IResult> AdjudicateAsync(string id, HitAdjudication decision, HttpContext context, CaseAdjudication adjudication, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () =>
        {
            var actor = CaseActors.From(user);
            var reassessed = await adjudication.AdjudicateAsync(actor, id, decision, cancellationToken);
            context.Response.Headers.ETag = reassessed.ETag;
            return TypedResults.Ok(ApplicationResource.From(reassessed.Value, actor));
        });

    private static async Task<IResult> ImportAsync(HttpContext context, ScreeningListImporter importer, ClaimsPrincipal user, CancellationToken cancellationToken, bool allowMassRemoval = false, string? source = null)
    {
        var type = context.Request.ContentType?.Split(';')[0].Trim();
        if (type is not ("text/csv" or "text/plain"))
        {
            return TypedResults.Problem("Send the list as the request body with Content-Type text/csv.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        return await ScreeningProblems.RunAsync(async () =>
        {
            var import = await importer.ImportSdnCsvAsync(context.Request.Body, source ?? "upload", CaseActors.From(user).UserId, allowMassRemoval, cancellationToken);
            return TypedResults.Created($"/api/screening/lists/{ScreeningLists.OfacSdn}/imports", import);
        });
    }

    /// <summary>Screening and denials are regulators' work; reading the lists and recording denials is open to administrators too.</summary>
    private static Task<IResult> Guarded(ClaimsPrincipal user, Func<Task<IResult>> action, bool allowAdministrators = false)
    {
        var actor = CaseActors.From(user);
        return actor.CanWorkCases || (allowAdministrators && actor.IsAdministrator)
            ? ScreeningProblems.RunAsync(action)
            : Task.FromResult<IResult>(TypedResults.Problem("Screening is for regulators (with a second factor).", statusCode: StatusCodes.Status403Forbidden, title: "Not allowed"));
    }
}
