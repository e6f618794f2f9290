using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sandbox.Domain.Sandboxes;
using Sandbox.Identity.Audit;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Provisioning.Airlock;

/// <summary>
/// The only way results leave a sandbox: a researcher drafts an export of a query result with a justification and
/// submits it; a regulator outside the holder's organization, not the requester, reviews it and approves or rejects
/// with reasons; the requester downloads an approved result a limited number of times. The result is re-checked
/// against the licence's conditions when drafted, submitted and approved. Every state is audited.
/// </summary>
public sealed class SandboxAirlock(
    DocumentSet<ExportRequest> exports, SandboxGateway gateway, SandboxEnvironments environments, QueryQuota quota, AuditLog audit, TimeProvider time,
    IOptions<ProvisioningOptions> options)
{
    public const int MinJustification = 20;
    public const int MaxJustification = 2000;

    public async Task<GatewayResult<Versioned<ExportRequest>>> DraftAsync(GatewayCaller caller, string sandboxId, GatewayQuery query, string? justification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        var access = await gateway.AccessAsync(caller, sandboxId, SandboxIds.ExportRequestOperation, cancellationToken);
        if (access.Value is not { } environment)
        {
            return access.Refusal!;
        }

        var text = justification?.Trim() ?? string.Empty;
        if (text.Length is < MinJustification or > MaxJustification)
        {
            return new GatewayRefusal(400, "justification", "The export needs a justification", "Say why this result must leave the sandbox.",
                Problems: [new QueryProblem("justification", $"Use {MinJustification} to {MaxJustification} characters.")]);
        }

        var (result, refusal) = await gateway.RunAsync(environment, query, cancellationToken);
        if (refusal is null && GatewayQueryRules.CheckExport(query, environment.Dataset(query.Dataset)!.Recipe, environment.Conditions) is { } refused)
        {
            refusal = SandboxGateway.Condition(refused);
        }

        if (refusal is null && await quota.TryTakeAsync(environment.Id, SandboxGateway.DailyLimit(environment), cancellationToken) is { } retryAfter)
        {
            refusal = new GatewayRefusal(429, "queriesPerDay", "Daily query quota used", "Exports run their query too; the quota resets at midnight UTC.", retryAfter);
        }

        if (refusal is not null)
        {
            await RecordAsync(caller.AuditActor, sandboxId, "draft", AuditOutcome.Refused, refusal.Condition, cancellationToken);
            return refusal;
        }

        var now = time.GetUtcNow();
        var export = new ExportRequest
        {
            Id = "exp-" + Guid.NewGuid().ToString("N")[..16],
            SandboxId = environment.Id,
            RequestedBy = caller.Subject,
            Query = query,
            Justification = text,
            Columns = result!.Columns,
            Rows = result.Rows,
            SuppressedGroups = result.SuppressedGroups,
            Status = ExportStatus.Draft,
            CreatedAt = now,
        }.Moved(ExportStatus.Draft, now, caller.Subject, "Drafted");
        await RecordAsync(caller.AuditActor, sandboxId, "draft", AuditOutcome.Succeeded, export.Id, cancellationToken);
        return GatewayResult<Versioned<ExportRequest>>.Of(await exports.CreateAsync(export, cancellationToken: cancellationToken));
    }

    public Task<GatewayResult<Versioned<ExportRequest>>> SubmitAsync(GatewayCaller caller, string sandboxId, string exportId, string etag, CancellationToken cancellationToken) =>
        RequesterMoveAsync(caller, sandboxId, exportId, etag, ExportStatus.Submitted, [ExportStatus.Draft], "Submitted for review", recheck: true, cancellationToken);

    public Task<GatewayResult<Versioned<ExportRequest>>> CancelAsync(GatewayCaller caller, string sandboxId, string exportId, string etag, CancellationToken cancellationToken) =>
        RequesterMoveAsync(caller, sandboxId, exportId, etag, ExportStatus.Cancelled, [ExportStatus.Draft, ExportStatus.Submitted, ExportStatus.InReview], "Cancelled by the requester", recheck: false, cancellationToken);

    public async Task<GatewayResult<Versioned<ExportRequest>>> StartReviewAsync(ExportReviewer reviewer, string sandboxId, string exportId, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        return await ReviewerMoveAsync(reviewer, sandboxId, exportId, etag, ExportStatus.Submitted, ExportStatus.InReview, "Review started", cancellationToken);
    }

    public async Task<GatewayResult<Versioned<ExportRequest>>> DecideAsync(
        ExportReviewer reviewer, string sandboxId, string exportId, bool approve, string? reason, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        var text = reason?.Trim() ?? string.Empty;
        if (text.Length is < 5 or > MaxJustification)
        {
            return new GatewayRefusal(400, "reason", "The decision needs reasons", "Give the reasons for the decision.",
                Problems: [new QueryProblem("reason", $"Use 5 to {MaxJustification} characters.")]);
        }

        return await ReviewerMoveAsync(reviewer, sandboxId, exportId, etag, ExportStatus.InReview, approve ? ExportStatus.Approved : ExportStatus.Rejected, text, cancellationToken);
    }

    /// <summary>The approved result for its requester, counting one download; refused once the downloads are used or access ended.</summary>
    public async Task<GatewayResult<ExportRequest>> DownloadAsync(GatewayCaller caller, string sandboxId, string exportId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var access = await gateway.AccessAsync(caller, sandboxId, SandboxIds.ExportRequestOperation, cancellationToken);
        if (access.Refusal is { } refused)
        {
            return refused;
        }

        for (var attempt = 0; ; attempt++)
        {
            var found = await FindAsync(sandboxId, exportId, cancellationToken);
            if (found is null || found.Value.RequestedBy != caller.Subject)
            {
                return new GatewayRefusal(404, "export", "No such export", $"There is no export '{exportId}' of yours in this sandbox.");
            }

            var export = found.Value;
            if (export.Status != ExportStatus.Approved || export.DownloadsLeft <= 0)
            {
                var why = export.Status != ExportStatus.Approved ? $"The export is {export.Status}; only approved exports can be downloaded." : "Every permitted download of this export has been used.";
                await RecordAsync(caller.AuditActor, sandboxId, "download", AuditOutcome.Refused, exportId, cancellationToken);
                return new GatewayRefusal(409, "airlock", "Not downloadable", why);
            }

            try
            {
                var counted = await exports.ReplaceAsync(export with { DownloadsLeft = export.DownloadsLeft - 1 }, found.ETag, cancellationToken: cancellationToken);
                await RecordAsync(caller.AuditActor, sandboxId, "download", AuditOutcome.Succeeded, exportId, cancellationToken);
                return GatewayResult<ExportRequest>.Of(counted.Value);
            }
            catch (DocumentConcurrencyException) when (attempt < 10)
            {
            }
        }
    }

    public async Task<Versioned<ExportRequest>?> FindAsync(string sandboxId, string exportId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(exportId) || exportId.Length > 64 ? null : await exports.ReadAsync(sandboxId, exportId, cancellationToken);

    /// <summary>A sandbox's export requests with their ETags, newest first.</summary>
    public async Task<IReadOnlyList<Versioned<ExportRequest>>> ListAsync(string sandboxId, CancellationToken cancellationToken) =>
        await exports.QueryAllAsync(DocumentQuery.InPartition(sandboxId).Take(200), cancellationToken)
            .OrderByDescending(e => e.Value.CreatedAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ExportRequest>> ForSandboxAsync(string sandboxId, CancellationToken cancellationToken) =>
        [.. (await ListAsync(sandboxId, cancellationToken)).Select(e => e.Value)];

    /// <summary>Exports waiting for a reviewer or in review across sandboxes, oldest first, except those of the reviewer's own organization.</summary>
    public async Task<IReadOnlyList<Versioned<ExportRequest>>> ReviewQueueAsync(string? reviewerOrganizationId, CancellationToken cancellationToken)
    {
        var waiting = DocumentQuery.AcrossPartitions().Where(QueryFilter.In("status", nameof(ExportStatus.Submitted), nameof(ExportStatus.InReview))).Take(200);
        var holders = new Dictionary<string, string?>(StringComparer.Ordinal);
        var queue = new List<Versioned<ExportRequest>>();
        await foreach (var export in exports.QueryAllAsync(waiting, cancellationToken))
        {
            var sandboxId = export.Value.SandboxId;
            if (!holders.TryGetValue(sandboxId, out var holder))
            {
                holder = holders[sandboxId] = (await environments.GetAsync(sandboxId, cancellationToken))?.Value.HolderOrganizationId;
            }

            if (holder is not null && holder != reviewerOrganizationId)
            {
                queue.Add(export);
            }
        }

        return [.. queue.OrderBy(e => e.Value.SubmittedAt)];
    }

    private async Task<GatewayResult<Versioned<ExportRequest>>> RequesterMoveAsync(
        GatewayCaller caller, string sandboxId, string exportId, string etag, ExportStatus to, ExportStatus[] from, string reason, bool recheck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var access = await gateway.AccessAsync(caller, sandboxId, SandboxIds.ExportRequestOperation, cancellationToken);
        if (access.Value is not { } environment)
        {
            return access.Refusal!;
        }

        var found = await FindAsync(sandboxId, exportId, cancellationToken);
        if (found is null || found.Value.RequestedBy != caller.Subject)
        {
            return new GatewayRefusal(404, "export", "No such export", $"There is no export '{exportId}' of yours in this sandbox.");
        }

        if (recheck && Recheck(environment, found.Value) is { } refused)
        {
            return refused;
        }

        return await MoveAsync(found, etag, from, to, caller.Subject, caller.AuditActor, reason, cancellationToken);
    }

    private async Task<GatewayResult<Versioned<ExportRequest>>> ReviewerMoveAsync(
        ExportReviewer reviewer, string sandboxId, string exportId, string etag, ExportStatus from, ExportStatus to, string reason, CancellationToken cancellationToken)
    {
        var environment = (await environments.GetAsync(sandboxId, cancellationToken))?.Value;
        var found = environment is null ? null : await FindAsync(sandboxId, exportId, cancellationToken);
        if (environment is null || found is null)
        {
            return new GatewayRefusal(404, "export", "No such export", $"There is no export '{exportId}' in sandbox '{sandboxId}'.");
        }

        if (reviewer.OrganizationId == environment.HolderOrganizationId || reviewer.UserId == found.Value.RequestedBy)
        {
            return GatewayRefusal.Forbidden("separationOfDuties", "You cannot review this export", "Exports are reviewed by a regulator outside the holder's organization who did not request them.");
        }

        if (to == ExportStatus.Approved && (Recheck(environment, found.Value) ?? await SameResultAsync(environment, found.Value, cancellationToken)) is { } refused)
        {
            return refused;
        }

        var result = await MoveAsync(found, etag, [from], to, reviewer.UserId, reviewer.UserId, reason, cancellationToken, reviewer.Name);
        return result;
    }

    /// <summary>The export against the conditions in force now; a dataset an upgrade removed is refused, not a crash.</summary>
    private static GatewayRefusal? Recheck(SandboxEnvironment environment, ExportRequest export) =>
        environment.Dataset(export.Query.Dataset) is not { } dataset
            ? new GatewayRefusal(409, "airlock", "Dataset gone", $"The sandbox no longer has the dataset '{export.Query.Dataset}'; draft a new export.")
            : GatewayQueryRules.CheckExport(export.Query, dataset.Recipe, environment.Conditions) is { } refused ? SandboxGateway.Condition(refused) : null;

    /// <summary>Approval releases exactly what the conditions give now: the query is run again and must give the rows reviewed.</summary>
    private async Task<GatewayRefusal?> SameResultAsync(SandboxEnvironment environment, ExportRequest export, CancellationToken cancellationToken)
    {
        var (fresh, refusal) = await gateway.RunAsync(environment, export.Query, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var same = JsonSerializer.Serialize(fresh!.Rows, StorageJson.Options) == JsonSerializer.Serialize(export.Rows, StorageJson.Options);
        return same ? null : new GatewayRefusal(409, "airlock", "The result changed",
            "Run again under the conditions in force now, the query no longer gives the rows under review; reject this export and ask for a new draft.");
    }

    private async Task<GatewayResult<Versioned<ExportRequest>>> MoveAsync(
        Versioned<ExportRequest> found, string etag, ExportStatus[] from, ExportStatus to, string actor, string auditActor, string reason, CancellationToken cancellationToken, string? reviewerName = null)
    {
        if (!string.Equals(found.ETag, etag, StringComparison.Ordinal))
        {
            return new GatewayRefusal(412, "etag", "The export changed", "Someone changed this export since you read it; reload it and try again.");
        }

        var export = found.Value;
        if (!from.Contains(export.Status))
        {
            return new GatewayRefusal(409, "airlock", "Not possible now", $"The export is {export.Status}; it cannot become {to} from there.");
        }

        var now = time.GetUtcNow();
        var moved = export.Moved(to, now, actor, reason) with
        {
            SubmittedAt = to == ExportStatus.Submitted ? now : export.SubmittedAt,
            Reviewer = reviewerName is null ? export.Reviewer : actor,
            Decision = to is ExportStatus.Approved or ExportStatus.Rejected ? reason : export.Decision,
            DownloadsLeft = to == ExportStatus.Approved ? options.Value.ExportDownloads : export.DownloadsLeft,
        };
        try
        {
            var stored = await exports.ReplaceAsync(moved, found.ETag, cancellationToken: cancellationToken);
            await RecordAsync(auditActor, export.SandboxId, to.ToString().ToLowerInvariant(), AuditOutcome.Succeeded, export.Id, cancellationToken);
            return GatewayResult<Versioned<ExportRequest>>.Of(stored);
        }
        catch (DocumentConcurrencyException)
        {
            return new GatewayRefusal(412, "etag", "The export changed", "Someone changed this export since you read it; reload it and try again.");
        }
    }

    private Task<AuditEvent> RecordAsync(string actor, string sandboxId, string step, AuditOutcome outcome, string detail, CancellationToken cancellationToken) =>
        audit.AppendAsync(SandboxAuditEvents.Export, actor, sandboxId, outcome, new Dictionary<string, string>
        {
            ["step"] = step,
            ["detail"] = detail,
            ["at"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        }, cancellationToken);
}
