using System.Security.Claims;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Access;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Licensing.Notifications;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/licences</c>: holders see their organization's licences, case readers all of them; lifecycle actions
/// (suspend, reinstate, revoke, surrender, extension) are triggers of the licence's lifecycle instance (If-Match).
/// </summary>
public static class LicencesApi
{
    public static RouteGroupBuilder MapLicencesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/notifications", NotificationsAsync).RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Licences").WithName("ListNotifications")
            .Produces<IReadOnlyList<HolderNotification>>().WithSummary("Messages to the caller's organization: decisions, reminders, suspensions.");
        var api = app.MapGroup("/api/licences").RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Licences")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", ListAsync).WithName("ListLicences").Produces<IReadOnlyList<PilotLicence>>().ProducesValidationProblem()
            .WithSummary("Licences the caller may see, newest first, optionally of one status.");
        api.MapGet("/{id}", GetAsync).WithName("GetLicence").Produces<LicenceResource>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One licence with its lifecycle state, the lifecycle ETag and what the caller may do.");
        api.MapPost("/{id}/actions/{trigger}", ActAsync).WithName("ActOnLicence").Produces<LicenceResource>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("suspend, reinstate, revoke (regulators, with a reason); surrender, request-extension (the holder; an extension names requestedValidTo); extend, refuse-extension (regulators).");
        return api;
    }

    private static Task<IResult> ListAsync(LicenceRegistry registry, ClaimsPrincipal user, CancellationToken cancellationToken, LicenceStatus? status = null) =>
        WorkflowProblems.RunAsync(async () =>
        {
            if (status is { } s && !Enum.IsDefined(s))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use a named licence status."] });
            }

            var actor = CaseActors.From(user);
            if (actor.CanReadCases)
            {
                return TypedResults.Ok(await registry.ListAsync(status, 500, cancellationToken));
            }

            var own = actor.IsApplicant ? await registry.ForHolderAsync(actor.OrganizationId!, cancellationToken) : [];
            return TypedResults.Ok(own.Where(l => status is null || l.Status == status).ToList());
        });

    private static Task<IResult> GetAsync(string id, HttpContext context, LicenceActions licences, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        WorkflowProblems.RunAsync(async () => await AnswerAsync(id, context, licences, user, cancellationToken));

    private static Task<IResult> ActAsync(string id, string trigger, LicenceActionRequest? request, HttpContext context, LicenceActions licences, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        WorkflowProblems.RunAsync(async () =>
        {
            if (!WorkflowProblems.TryReadChange(context, request?.Reason, out var etag, out var problem))
            {
                return problem!;
            }

            var actor = CaseActors.From(user);
            await licences.ActAsync(actor, CaseActors.DisplayName(user), id, trigger, request?.Reason, request?.RequestedValidTo?.ToUniversalTime(), etag, cancellationToken);
            return await AnswerAsync(id, context, licences, user, cancellationToken);
        });

    private static async Task<IResult> AnswerAsync(string id, HttpContext context, LicenceActions licences, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var actor = CaseActors.From(user);
        var licence = await licences.GetAsync(actor, id, cancellationToken);
        var lifecycle = await licences.LifecycleAsync(actor, id, cancellationToken);
        var actions = await licences.PermittedAsync(actor, CaseActors.DisplayName(user), id, cancellationToken);
        context.Response.Headers.ETag = lifecycle.ETag;
        return TypedResults.Ok(new LicenceResource(licence.Value, lifecycle.Value.State, lifecycle.Value.Completed, lifecycle.Value.History, actions));
    }

    private static async Task<IResult> NotificationsAsync(HolderNotifications notifications, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var actor = CaseActors.From(user);
        return TypedResults.Ok(actor.IsApplicant ? await notifications.ForAsync(actor.OrganizationId!, cancellationToken) : []);
    }
}

public sealed record LicenceActionRequest(string? Reason, DateTimeOffset? RequestedValidTo);

public sealed record LicenceResource(
    PilotLicence Licence, string LifecycleState, bool Ended, IReadOnlyList<Sandbox.Workflows.Instances.HistoryEntry> History, IReadOnlyList<PermittedTrigger> Actions);
