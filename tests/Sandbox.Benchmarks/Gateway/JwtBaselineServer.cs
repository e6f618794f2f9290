using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sandbox.Domain.Sandboxes;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;

namespace Sandbox.Benchmarks.Gateway;

/// <summary>
/// The comparison endpoint: the same route and the same evaluation as the gateway (<see cref="GatewayQueryRules.Validate"/>,
/// <see cref="GatewayQueryRules.Enforce"/>, <see cref="GatewayQueryEvaluator.Evaluate"/> over the rows
/// <see cref="SandboxData"/> holds in memory), protected only by plain JWT bearer validation: an HMAC-SHA256 token the
/// harness mints, checked for signature, issuer, audience, lifetime, the sandbox claim and the scope, with nothing read
/// from a store, no quota and no audit. A second small app on its own loopback port, never part of the product.
/// </summary>
internal sealed class JwtBaselineServer : IAsyncDisposable
{
    private const string Issuer = "https://gateway-load.invalid/";
    private const string Audience = "sandbox-gateway";

    private readonly WebApplication _app;
    private readonly SymmetricSecurityKey _key;
    private readonly string _contentRoot;

    private JwtBaselineServer(WebApplication app, SymmetricSecurityKey key, string contentRoot)
    {
        _app = app;
        _key = key;
        _contentRoot = contentRoot;
    }

    public Uri Address => new(_app.Urls.First(), UriKind.Absolute);

    public static async Task<JwtBaselineServer> StartAsync(SandboxEnvironment environment, SandboxData data)
    {
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        // An empty content root: no appsettings file of anyone else's is picked up.
        var contentRoot = Directory.CreateTempSubdirectory("sandbox-jwt-baseline-").FullName;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Production" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = Issuer,
                ValidAudience = Audience,
                IssuerSigningKey = key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        var endpoint = new BaselineQuery(environment, data);
        app.MapPost("/api/sandboxes/{id}/query", endpoint.QueryAsync).RequireAuthorization();
        await app.StartAsync();
        return new JwtBaselineServer(app, key, contentRoot);
    }

    /// <summary>A token for the sandbox's service client with the query scope, as the OAuth server would grant, but self-contained.</summary>
    public string MintToken(SandboxEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var client = SandboxIds.ServiceClient(environment.Id);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Expires = DateTime.UtcNow.AddHours(4),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = client,
                ["client_id"] = client,
                ["scope"] = SandboxIds.Scope(environment.Id, SandboxIds.QueryOperation),
                [GatewayCaller.SandboxIdClaim] = environment.Id,
                [GatewayCaller.RegionClaim] = environment.Region,
            },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_contentRoot, recursive: true);
    }

    private sealed class BaselineQuery(SandboxEnvironment environment, SandboxData data)
    {
        private readonly IReadOnlyList<DatasetRecipe> _recipes = environment.Datasets.Select(d => d.Recipe).ToList();
        private readonly string _scope = SandboxIds.Scope(environment.Id, SandboxIds.QueryOperation);

        public async Task<IResult> QueryAsync(string id, GatewayQuery? query, ClaimsPrincipal user, HttpContext context, CancellationToken cancellationToken)
        {
            var scopes = user.FindFirstValue("scope")?.Split(' ') ?? [];
            if (id != environment.Id || user.FindFirstValue(GatewayCaller.SandboxIdClaim) != id || !scopes.Contains(_scope, StringComparer.Ordinal))
            {
                return TypedResults.Problem("The token is not for this sandbox.", statusCode: StatusCodes.Status403Forbidden);
            }

            query ??= new GatewayQuery();
            var problems = GatewayQueryRules.Validate(query, _recipes);
            if (problems.Count > 0)
            {
                return TypedResults.Problem("The query is not valid.", statusCode: StatusCodes.Status400BadRequest);
            }

            var dataset = environment.Dataset(query.Dataset)!;
            if (GatewayQueryRules.Enforce(query, dataset.Recipe, environment.Conditions) is { } refused)
            {
                return TypedResults.Problem(refused.Detail, statusCode: StatusCodes.Status403Forbidden);
            }

            var rows = await data.RowsAsync(environment, dataset, cancellationToken);
            context.Response.Headers.CacheControl = "no-store";
            var result = GatewayQueryEvaluator.Evaluate(query, dataset.Recipe, rows, environment.Conditions);
            // What the gateway's API answers (columns, rows, truncated), not the evaluator's bookkeeping.
            return TypedResults.Ok(new { result.Columns, result.Rows, result.Truncated });
        }
    }
}
