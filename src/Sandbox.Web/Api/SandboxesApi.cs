using System.Security.Claims;
using Sandbox.Identity.Access;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Provisioning;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/sandboxes</c>: the environments a holder's people and regulators may see, and the credentials a named
/// researcher reads once. The data itself is served by <see cref="GatewayApi"/>.
/// </summary>
public static class SandboxesApi
{
    public static RouteGroupBuilder MapSandboxesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sandboxes").RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Sandboxes")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", ListAsync).WithName("ListSandboxes").Produces<IReadOnlyList<SandboxResource>>()
            .WithSummary("Sandboxes of the caller's organization (holders) or all of them (regulators and auditors).");
        api.MapGet("/{id}", GetAsync).WithName("GetSandbox").Produces<SandboxResource>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One sandbox: status, enforced conditions, datasets, quota used today and its operation history.");
        api.MapPost("/{id}/credentials", RevealAsync).WithName("RevealSandboxCredentials").Produces<SandboxCredentialsResource>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary("The service client's secret, once, to a named researcher signed in to the app; 410 once shown.");
        return api;
    }

    internal static async Task<SandboxEnvironment?> VisibleAsync(string id, ClaimsPrincipal user, SandboxEnvironments environments, CancellationToken cancellationToken)
    {
        var environment = (await environments.GetAsync(id, cancellationToken))?.Value;
        var actor = CaseActors.From(user);
        return environment is not null && (actor.CanReadCases || (actor.IsApplicant && actor.BelongsTo(environment.HolderOrganizationId))) ? environment : null;
    }

    private static async Task<IResult> ListAsync(SandboxEnvironments environments, SandboxCredentialVault vault, QueryQuota quota, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var actor = CaseActors.From(user);
        IReadOnlyList<SandboxEnvironment> visible = actor.CanReadCases ? await environments.ListAsync(500, cancellationToken)
            : actor.IsApplicant ? await environments.ForHolderAsync(actor.OrganizationId!, cancellationToken) : [];
        var resources = new List<SandboxResource>();
        foreach (var environment in visible)
        {
            resources.Add(await ResourceAsync(environment, vault, quota, cancellationToken));
        }

        return TypedResults.Ok(resources);
    }

    private static Task<IResult> GetAsync(string id, SandboxEnvironments environments, SandboxCredentialVault vault, QueryQuota quota, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () => await VisibleAsync(id, user, environments, cancellationToken) is { } environment
            ? TypedResults.Ok(await ResourceAsync(environment, vault, quota, cancellationToken))
            : TypedResults.Problem($"There is no sandbox '{id}' you can see.", statusCode: StatusCodes.Status404NotFound, title: "No such sandbox"));

    private static Task<IResult> RevealAsync(
        string id, HttpContext context, SandboxEnvironments environments, SandboxCredentialVault vault, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () =>
        {
            var environment = await VisibleAsync(id, user, environments, cancellationToken);
            var subject = CaseActors.From(user).UserId;
            if (environment is null || !ApiAccess.IsCookieUser(user) || !environment.NamedResearchers.Contains(subject, StringComparer.Ordinal))
            {
                return TypedResults.Problem("Credentials are shown only to a researcher the licence names, signed in to the app in person.",
                    statusCode: StatusCodes.Status404NotFound, title: "No credentials for you here");
            }

            context.Response.Headers.CacheControl = "no-store";
            if (await vault.ShowOnceAsync(environment, subject, cancellationToken) is not { } credentials)
            {
                return TypedResults.Problem("These credentials were already shown once, or the sandbox is not open. A new secret comes with reinstatement; ask the regulator if it was lost.",
                    statusCode: StatusCodes.Status410Gone, title: "Already shown");
            }

            var tokenEndpoint = $"{context.Request.Scheme}://{context.Request.Host}/connect/token";
            return TypedResults.Ok(new SandboxCredentialsResource(credentials.ClientId, credentials.Secret, tokenEndpoint,
                [.. SandboxClients.ScopesOf(environment)], SandboxIds.NotebookClient(environment.Id)));
        });

    internal static async Task<SandboxResource> ResourceAsync(SandboxEnvironment environment, SandboxCredentialVault vault, QueryQuota quota, CancellationToken cancellationToken) =>
        new(environment.Id, environment.LicenceReference, environment.PilotTitle, environment.HolderOrganizationName,
            $"{environment.TemplateName} ({environment.TemplateId}@{environment.TemplateVersion})", environment.Region, environment.Status,
            environment.Conditions, environment.Quotas, await quota.UsedTodayAsync(environment.Id, cancellationToken), SandboxGateway.DailyLimit(environment),
            SandboxResources.Datasets(environment), [.. SandboxClients.ScopesOf(environment)], SandboxIds.ServiceClient(environment.Id),
            SandboxIds.NotebookClient(environment.Id), await vault.IsWaitingAsync(environment, cancellationToken), environment.PurgeDueAt, environment.History);
}
