using System.Security.Claims;
using Sandbox.Identity.Access;
using Sandbox.Oversight.ExitReports;
using Sandbox.Oversight.Proofs;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/proofs</c>: the holder or a regulator requests a written proof of a sandbox's activities; anyone with its
/// id reads it with its canonical JSON and SHA-256 and whether they still match.
/// </summary>
public static class ProofsApi
{
    public static void MapProofsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/proofs").WithTags("Proofs");
        api.MapPost("/", RequestAsync).RequireAuthorization(ApiAccess.ApiPolicy).WithName("RequestActivityProof")
            .Produces<ProofVerification>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("{ licenceId }: a statement of the sandbox's activities computed from the records now, hashed and stored.");
        api.MapGet("/{id}", GetAsync).AllowAnonymous().WithName("GetActivityProof").Produces<ProofVerification>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A proof by id, without sign-in: the statement, its canonical JSON, the SHA-256 (also in X-Content-SHA256) and whether it verifies.");
    }

    private static Task<IResult> RequestAsync(ProofRequest? request, ActivityProofs proofs, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(request?.LicenceId) || request.LicenceId.Length > 100)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["licenceId"] = ["Name the licence whose sandbox activities to prove."] });
            }

            try
            {
                var proof = await proofs.RequestAsync(CaseActors.From(user), request.LicenceId, cancellationToken);
                return TypedResults.Created($"/api/proofs/{proof.Id}", new ProofVerification(proof.Id, proof.Statement, proof.CanonicalJson, proof.Sha256, true));
            }
            catch (ExitReportNotFoundException ex)
            {
                return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown licence");
            }
        });

    private static async Task<IResult> GetAsync(string id, ActivityProofs proofs, HttpContext context, CancellationToken cancellationToken)
    {
        if (await proofs.VerifyAsync(id, cancellationToken) is not { } proof)
        {
            return TypedResults.Problem($"No proof '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        context.Response.Headers["X-Content-SHA256"] = proof.Sha256;
        return TypedResults.Ok(proof);
    }
}

public sealed record ProofRequest(string? LicenceId);
