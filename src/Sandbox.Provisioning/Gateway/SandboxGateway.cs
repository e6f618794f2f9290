using System.Globalization;
using Microsoft.Extensions.Logging;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Sandboxes;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Licences;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Provisioning;

namespace Sandbox.Provisioning.Gateway;

/// <summary>
/// The data gateway. Every request is checked, in this order, against the current state rather than the token alone:
/// the caller is bound to this sandbox and holds the operation's scope; the licence is in force now; the sandbox is
/// ready; the caller is in the sandbox's region; then the query's shape, the licence's conditions and the daily quota.
/// The request and its outcome are written to the audit log before any data is returned; no audit, no data.
/// </summary>
public sealed partial class SandboxGateway(
    SandboxEnvironments environments, LicenceRegistry licences, SandboxData data, QueryQuota quota, AuditLog audit, TimeProvider time,
    IEnumerable<IGatewayRefusalObserver> observers, ILogger<SandboxGateway> logger)
{
    /// <summary>Refusals that say the sandbox is closed rather than that a caller broke a condition.</summary>
    private static readonly HashSet<string> StateConditions = ["licence", "environment"];

    public async Task<GatewayResult<SandboxEnvironment>> AccessAsync(GatewayCaller caller, string sandboxId, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var environment = (await environments.GetAsync(sandboxId, cancellationToken))?.Value;
        var refusal = environment is null ? GatewayRefusal.NotFound(sandboxId) : await CheckAccessAsync(caller, environment, operation, cancellationToken);
        if (refusal is not null)
        {
            await RecordAsync(caller, sandboxId, environment, operation, refusal, null, cancellationToken);
            return refusal;
        }

        return GatewayResult<SandboxEnvironment>.Of(environment!);
    }

    /// <summary>Dataset schemas of the sandbox (what may be asked), under the same checks as a query.</summary>
    public async Task<GatewayResult<SandboxEnvironment>> DescribeAsync(GatewayCaller caller, string sandboxId, CancellationToken cancellationToken)
    {
        var access = await AccessAsync(caller, sandboxId, SandboxIds.QueryOperation, cancellationToken);
        if (access.Value is { } environment)
        {
            await RecordAsync(caller, sandboxId, environment, "describe", null, null, cancellationToken);
        }

        return access;
    }

    public async Task<GatewayResult<QueryResult>> QueryAsync(GatewayCaller caller, string sandboxId, GatewayQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var access = await AccessAsync(caller, sandboxId, SandboxIds.QueryOperation, cancellationToken);
        if (access.Value is not { } environment)
        {
            return access.Refusal!;
        }

        // The cheap checks, then the quota, and only then the work: a refused or over-quota query costs no evaluation.
        var (dataset, refusal) = Check(environment, query);
        if (refusal is null)
        {
            var limit = DailyLimit(environment);
            if (await quota.TryTakeAsync(environment.Id, limit, cancellationToken) is { } retryAfter)
            {
                refusal = new GatewayRefusal(429, "queriesPerDay", "Daily query quota used",
                    $"This sandbox may answer {limit} queries a day; the quota resets at midnight UTC.", retryAfter);
            }
        }

        var result = refusal is null ? await EvaluateAsync(environment, dataset!, query, cancellationToken) : null;
        await RecordAsync(caller, sandboxId, environment, SandboxIds.QueryOperation, refusal, (query, result), cancellationToken);
        return refusal is null ? GatewayResult<QueryResult>.Of(result!) : refusal;
    }

    /// <summary>Validates, enforces the conditions on, and evaluates a query without counting it (the airlock re-runs exports with this).</summary>
    internal async Task<(QueryResult? Result, GatewayRefusal? Refusal)> RunAsync(SandboxEnvironment environment, GatewayQuery query, CancellationToken cancellationToken)
    {
        var (dataset, refusal) = Check(environment, query);
        return refusal is null ? (await EvaluateAsync(environment, dataset!, query, cancellationToken), null) : (null, refusal);
    }

    private static (SandboxDataset? Dataset, GatewayRefusal? Refusal) Check(SandboxEnvironment environment, GatewayQuery query)
    {
        var recipes = environment.Datasets.Select(d => d.Recipe).ToList();
        var problems = GatewayQueryRules.Validate(query, recipes);
        if (problems.Count > 0)
        {
            return (null, new GatewayRefusal(400, "query", "The query is not valid", "See the problems listed by field.", Problems: problems));
        }

        var dataset = environment.Dataset(query.Dataset)!;
        if (GatewayQueryRules.Enforce(query, dataset.Recipe, environment.Conditions) is { } refused)
        {
            return (null, Condition(refused));
        }

        return dataset.Complete
            ? (dataset, null)
            : (null, new GatewayRefusal(409, "provisioning", "Dataset not ready", $"Dataset {dataset.Recipe.Name} is still being generated."));
    }

    private async Task<QueryResult> EvaluateAsync(SandboxEnvironment environment, SandboxDataset dataset, GatewayQuery query, CancellationToken cancellationToken) =>
        GatewayQueryEvaluator.Evaluate(query, dataset.Recipe, await data.RowsAsync(environment, dataset, cancellationToken), environment.Conditions);

    public static GatewayRefusal Condition(ConditionRefusal refused) =>
        new(403, refused.Condition, $"Refused by the licence condition '{refused.Condition}'", refused.Path is null ? refused.Detail : $"{refused.Detail} (at {refused.Path})");

    public static int DailyLimit(SandboxEnvironment environment) =>
        Math.Min(environment.Conditions.QueriesPerDay ?? int.MaxValue, environment.Quotas.QueriesPerDay);

    private async Task<GatewayRefusal?> CheckAccessAsync(GatewayCaller caller, SandboxEnvironment environment, string operation, CancellationToken cancellationToken)
    {
        if (Binding(caller, environment, operation) is { } unbound)
        {
            return unbound;
        }

        var licence = (await licences.GetAsync(environment.LicenceId, cancellationToken))?.Value;
        var now = time.GetUtcNow();
        if (licence is null || !licence.IsInForceAt(now))
        {
            var state = licence is null ? "missing" : licence.Status == Domain.Licensing.LicenceStatus.Active && now >= licence.ValidTo ? "expired" : licence.Status.ToString().ToLowerInvariant();
            return GatewayRefusal.Forbidden("licence", "Licence not in force", $"Licence {environment.LicenceReference} is {state}; the sandbox serves no requests.");
        }

        if (environment.Status != SandboxStatus.Ready)
        {
            return GatewayRefusal.Forbidden("environment", "Sandbox not open", $"Sandbox {environment.Id} is {environment.Status.ToString().ToLowerInvariant()}.");
        }

        if (!DataRegions.Serves(environment.Region, caller.Region))
        {
            return GatewayRefusal.Forbidden("dataLocalizationRegion", "Outside the sandbox's region",
                $"Data of this sandbox stays in {environment.Region}; the request comes from {caller.Region ?? "an unknown region"}.");
        }

        return null;
    }

    private static GatewayRefusal? Binding(GatewayCaller caller, SandboxEnvironment environment, string operation)
    {
        if (!caller.ViaToken)
        {
            return IsNamedResearcher(caller, environment) ? null : GatewayRefusal.Unbound(environment.Id);
        }

        var ownClient = caller.ClientId == SandboxIds.ServiceClient(environment.Id) || caller.ClientId == SandboxIds.NotebookClient(environment.Id);
        if (!ownClient || caller.SandboxClaim != environment.Id || (!caller.IsClient && !IsNamedResearcher(caller, environment)))
        {
            return GatewayRefusal.Unbound(environment.Id);
        }

        var scope = SandboxIds.Scope(environment.Id, operation);
        return caller.Scopes.Contains(scope) ? null : GatewayRefusal.Forbidden("scope", "Scope missing", $"The token does not hold the scope {scope}.");
    }

    /// <summary>Named by the licence and still a member of the holder organization.</summary>
    private static bool IsNamedResearcher(GatewayCaller caller, SandboxEnvironment environment) =>
        environment.NamedResearchers.Contains(caller.Subject, StringComparer.Ordinal)
        && string.Equals(caller.OrganizationId, environment.HolderOrganizationId, StringComparison.Ordinal);

    private async Task<AuditEvent> RecordAsync(
        GatewayCaller caller, string sandboxId, SandboxEnvironment? environment, string operation, GatewayRefusal? refusal, (GatewayQuery Query, QueryResult? Result)? query, CancellationToken cancellationToken)
    {
        var details = new Dictionary<string, string>
        {
            ["operation"] = operation,
            ["via"] = caller.ViaToken ? "token" : "browser",
            ["status"] = (refusal?.Status ?? 200).ToString(CultureInfo.InvariantCulture),
        };
        if (refusal is not null)
        {
            details["condition"] = refusal.Audited ?? refusal.Condition;
        }

        if (query is { } asked)
        {
            details["dataset"] = Truncate(asked.Query.Dataset);
            details["purpose"] = Truncate(asked.Query.Purpose ?? string.Empty);
            // The whole query, so that series of queries that narrow in on one record can be found afterwards.
            var text = System.Text.Json.JsonSerializer.Serialize(asked.Query, Storage.Documents.StorageJson.Options);
            details["query"] = text.Length <= 2000 ? text : text[..2000];
            if (asked.Result is { } result && refusal is null)
            {
                details["rows"] = result.Rows.Count.ToString(CultureInfo.InvariantCulture);
                details["suppressedGroups"] = result.SuppressedGroups.ToString(CultureInfo.InvariantCulture);
            }
        }

        var recorded = await audit.AppendAsync(SandboxAuditEvents.GatewayRequest, caller.AuditActor, Truncate(sandboxId), refusal is null ? AuditOutcome.Succeeded : AuditOutcome.Refused, details, cancellationToken);
        if (refusal is { Status: 403 } && environment is not null && !StateConditions.Contains(refusal.Condition))
        {
            await TellObserversAsync(environment, refusal.Condition, cancellationToken);
        }

        return recorded;
    }

    /// <summary>Telemetry must never change the gateway's answer: a failing observer is logged, not thrown.</summary>
    private async Task TellObserversAsync(SandboxEnvironment environment, string condition, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.RefusedAsync(environment.Id, environment.LicenceId, condition, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                TelemetryFailed(logger, ex, environment.Id);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Refusal telemetry failed for sandbox {SandboxId}")]
    private static partial void TelemetryFailed(ILogger logger, Exception exception, string sandboxId);

    private static string Truncate(string value) => value.Length <= 100 ? value : value[..100];
}
