using System.Security.Claims;
using Sandbox.Applications.Classification;
using Sandbox.Applications.Risk;
using Sandbox.Applications.Templates;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Risk;
using Sandbox.Identity.Access;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/classification</c>, <c>/api/risk/rules</c> and <c>/api/sandbox-templates</c>: the reference data applications
/// are checked and assessed against. Anyone signed in reads it; administrators (in person) publish new versions.
/// </summary>
public static class ReferenceDataApi
{
    public static IEndpointRouteBuilder MapReferenceDataApi(this IEndpointRouteBuilder app)
    {
        var classification = app.MapGroup("/api/classification").RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Classification");
        classification.MapGet("/", async (ClassificationCatalogue catalogue, CancellationToken ct) => TypedResults.Ok(await catalogue.InForceAsync(ct)))
            .WithName("GetClassificationCatalogue").Produces<CatalogueVersion>().WithSummary("The catalogue version in force.");
        classification.MapGet("/versions", async (ClassificationCatalogue catalogue, CancellationToken ct) => TypedResults.Ok(await catalogue.ListAsync(ct)))
            .WithName("ListClassificationCatalogueVersions").Produces<IReadOnlyList<CatalogueVersion>>();
        classification.MapGet("/versions/{version:int}", GetCatalogueAsync).WithName("GetClassificationCatalogueVersion").Produces<CatalogueVersion>().ProducesProblem(StatusCodes.Status404NotFound);
        classification.MapPost("/versions", PublishCatalogueAsync).RequireAuthorization(ApiAccess.AdministratorInPersonPolicy)
            .WithName("PublishClassificationCatalogueVersion").Produces<CataloguePublication>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Publishes the next catalogue version (administrators in person); active cases whose categories changed are flagged for re-review.");

        var rules = app.MapGroup("/api/risk/rules").RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Risk");
        rules.MapGet("/", async (RiskRuleBook book, CancellationToken ct) => TypedResults.Ok(await book.InForceAsync(ct)))
            .WithName("GetRiskRules").Produces<RiskRuleSet>().WithSummary("The risk rule set in force.");
        rules.MapGet("/{version:int}", GetRulesAsync).WithName("GetRiskRulesVersion").Produces<RiskRuleSet>().ProducesProblem(StatusCodes.Status404NotFound);
        rules.MapPost("/", PublishRulesAsync).RequireAuthorization(ApiAccess.AdministratorInPersonPolicy)
            .WithName("PublishRiskRules").Produces<RiskRuleSet>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Publishes a rule set as the next version (administrators in person).");

        app.MapGet("/api/sandbox-templates", (SandboxTemplateCatalog templates) => TypedResults.Ok(templates.All))
            .RequireAuthorization(ApiAccess.ApiPolicy).WithTags("Classification").WithName("ListSandboxTemplates").Produces<IReadOnlyList<SandboxTemplate>>();
        return app;
    }

    private static async Task<IResult> GetCatalogueAsync(int version, ClassificationCatalogue catalogue, CancellationToken cancellationToken) =>
        await catalogue.GetAsync(version, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem($"There is no catalogue version {version}.", statusCode: StatusCodes.Status404NotFound, title: "Unknown version");

    private static async Task<IResult> GetRulesAsync(int version, RiskRuleBook book, CancellationToken cancellationToken) =>
        await book.GetAsync(version, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem($"There is no risk rule set version {version}.", statusCode: StatusCodes.Status404NotFound, title: "Unknown version");

    private static Task<IResult> PublishCatalogueAsync(CatalogueDraft draft, ClassificationCatalogue catalogue, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ReferencePublishing.RunAsync(async () =>
        {
            var published = await catalogue.PublishAsync(CaseActors.From(user), draft, cancellationToken);
            return TypedResults.Created($"/api/classification/versions/{published.Catalogue.Version}", published);
        });

    private static Task<IResult> PublishRulesAsync(RiskRuleSet rules, RiskRuleBook book, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ReferencePublishing.RunAsync(async () =>
        {
            var published = await book.PublishAsync(CaseActors.From(user), rules, cancellationToken);
            return TypedResults.Created($"/api/risk/rules/{published.Version}", published);
        });
}
