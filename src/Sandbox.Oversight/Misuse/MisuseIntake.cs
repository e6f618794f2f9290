using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Sandbox.Applications.Intake;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Oversight.Misuse;

/// <summary>
/// Receives reports: validates them, limits their rate, stores the evidence and the report, and starts the misuse
/// workflow. An anonymous report keeps nothing that points to its sender: no user, no organization, no address; the
/// sender gets a follow-up key once, of which only the hash is kept.
/// </summary>
public sealed class MisuseIntake(
    DocumentSet<MisuseReport> reports,
    DocumentSet<StoredEvidence> evidence,
    LicenceRegistry licences,
    AnonymousRateLimit rateLimit,
    WorkflowEngine engine,
    AuditLog audit,
    IOptions<MisuseOptions> options,
    TimeProvider time)
{
    public const string ReportedEvent = "misuse.reported";

    public async Task<MisuseReceipt> SubmitAsync(MisuseReporter reporter, MisuseSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(submission);
        var now = time.GetUtcNow();
        var problems = MisuseRules.Validate(submission, now);
        if (problems.Count > 0)
        {
            throw new IntakeValidationException(problems);
        }

        var anonymous = reporter.Person is null || submission.Anonymous;
        var key = reporter.Person is { } person && !submission.Anonymous ? "user:" + person.UserId : "address:" + reporter.Address;
        var allowance = anonymous ? options.Value.AnonymousReportsPerHour : options.Value.AnonymousReportsPerHour * 3;
        if (!rateLimit.TryTake(key, allowance, out var retryAfter))
        {
            throw new MisuseRateLimitedException(retryAfter);
        }

        var id = Guid.NewGuid().ToString("N");
        var reference = MisuseIds.NewReference(now);
        var named = submission.LicenceReference?.Trim().ToUpperInvariant() is { Length: > 0 } licence ? licence : null;
        var followUpKey = anonymous ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_') : null;
        var files = await StoreEvidenceAsync(id, submission.Evidence, now, cancellationToken);
        var report = new MisuseReport
        {
            Id = id,
            Reference = reference,
            Source = anonymous ? MisuseSource.Anonymous : MisuseSource.SignedIn,
            Allegation = submission.Allegation!.Value,
            Description = submission.Description!.Trim(),
            ReportedLicenceReference = named,
            NamedHolderOrganizationId = named is null ? null : (await licences.FindByReferenceAsync(named, cancellationToken))?.Value.HolderOrganizationId,
            ReportedParty = submission.ReportedParty?.Trim() is { Length: > 0 } party ? party : null,
            ObservedAt = submission.ObservedAt?.ToUniversalTime(),
            Evidence = files,
            ReporterUserId = anonymous ? null : reporter.Person!.UserId,
            ReporterOrganizationId = anonymous ? null : reporter.Person!.OrganizationId,
            FollowUpKeyHash = followUpKey is null ? null : MisuseFollowUp.Hash(followUpKey),
            ReceivedAt = now,
        };

        await reports.CreateAsync(report, cancellationToken: cancellationToken);
        var actor = anonymous ? WorkflowActor.System : WorkflowActors.From(reporter.Person!, reporter.DisplayName ?? reporter.Person!.UserId);
        try
        {
            await StartAsync(report, actor, cancellationToken);
        }
        catch
        {
            // A report without its workflow could be neither worked nor closed: take it back; the sender tries again.
            await ForgetAsync(report, CancellationToken.None);
            throw;
        }

        await audit.AppendAsync(ReportedEvent, anonymous ? "anonymous" : reporter.Person!.UserId, reference, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["source"] = report.Source.ToString(), ["allegation"] = report.Allegation.ToString(), ["evidence"] = files.Count.ToString(CultureInfo.InvariantCulture) },
            cancellationToken);
        return new MisuseReceipt(id, reference, followUpKey);
    }

    /// <summary>
    /// A report raised by the gateway's telemetry: linked to nobody, naming the sandbox's licence for triage, with the
    /// refusals counted. Not raised while an earlier telemetry report on the same sandbox is still open.
    /// </summary>
    internal async Task RaiseFromTelemetryAsync(RefusalCounter counter, TimeSpan window, CancellationToken cancellationToken)
    {
        if (await engine.GetAsync(MisuseIds.Instance(counter.RaisedReportId!), cancellationToken) is not null)
        {
            return;
        }

        var earlier = await reports.QueryAllAsync(DocumentQuery.AcrossPartitions()
            .Where(QueryFilter.Equal("sandboxId", counter.SandboxId)).Where(QueryFilter.Equal("source", nameof(MisuseSource.GatewayTelemetry))).Take(50), cancellationToken)
            .ToListAsync(cancellationToken);
        var id = counter.RaisedReportId!;
        if (earlier.Any(r => r.Value.Id != id && r.Value.Status != MisuseStatus.Closed))
        {
            return;
        }

        var report = earlier.FirstOrDefault(r => r.Value.Id == id)?.Value;
        if (report is null)
        {
            var conditions = string.Join(", ", counter.Conditions.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"));
            report = new MisuseReport
            {
                Id = id,
                Reference = MisuseIds.NewReference(time.GetUtcNow()),
                Source = MisuseSource.GatewayTelemetry,
                Allegation = MisuseAllegation.BreachOfConditions,
                Description = string.Create(CultureInfo.InvariantCulture,
                    $"Sandbox {counter.SandboxId} had {counter.Refusals} requests refused on its licence's conditions within {window.TotalMinutes:0} minutes from {counter.WindowStart:yyyy-MM-dd HH:mm} UTC ({conditions}). Raised by the gateway's telemetry; the audit log holds every request."),
                ReportedLicenceReference = counter.SandboxId.ToUpperInvariant(),
                SandboxId = counter.SandboxId,
                NamedHolderOrganizationId = (await licences.GetAsync(counter.LicenceId, cancellationToken))?.Value.HolderOrganizationId,
                Telemetry = new TelemetryFacts(counter.SandboxId, counter.WindowStart, window, counter.Refusals, counter.Conditions),
                ReceivedAt = time.GetUtcNow(),
            };
            try
            {
                await reports.CreateAsync(report, cancellationToken: cancellationToken);
            }
            catch (DocumentConflictException)
            {
                report = (await reports.ReadAsync(id, id, cancellationToken))!.Value;
            }
        }

        await StartAsync(report, WorkflowActor.System, cancellationToken);
        await audit.AppendAsync(ReportedEvent, "system", report.Reference, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["source"] = report.Source.ToString(), ["sandbox"] = counter.SandboxId, ["refusals"] = counter.Refusals.ToString(CultureInfo.InvariantCulture) },
            cancellationToken);
    }

    /// <summary>Starts the workflow of a stored report; the instance id comes from the report, so a second start finds the first.</summary>
    internal async Task StartAsync(MisuseReport report, WorkflowActor actor, CancellationToken cancellationToken)
    {
        var data = new JsonObject
        {
            [MisuseData.ReportId] = report.Id,
            [MisuseData.Reference] = report.Reference,
            [MisuseData.ReporterUserId] = report.ReporterUserId,
            [MisuseData.NamedHolderOrganizationId] = report.NamedHolderOrganizationId,
            [MisuseData.TriageDays] = options.Value.TriageDays,
        };
        var subject = new WorkflowSubject(MisuseIds.SubjectKind, report.Id, report.Reference, "Misuse report " + report.Reference, null);
        await engine.StartAsync(new StartWorkflow(MisuseIds.Definition, MisuseIds.Instance(report.Id), subject, data, actor), cancellationToken);
    }

    private async Task ForgetAsync(MisuseReport report, CancellationToken cancellationToken)
    {
        foreach (var file in report.Evidence)
        {
            await evidence.DeleteAsync(report.Id, file.Id, cancellationToken: cancellationToken);
        }

        await reports.DeleteAsync(report.Id, report.Id, cancellationToken: cancellationToken);
    }

    private async Task<IReadOnlyList<MisuseEvidenceReference>> StoreEvidenceAsync(
        string reportId, IReadOnlyList<EvidenceUpload> uploads, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = new List<MisuseEvidenceReference>();
        foreach (var upload in uploads)
        {
            var type = upload.ContentType.Split(';')[0].Trim().ToLowerInvariant();
            var sha = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
            var file = new StoredEvidence(Guid.NewGuid().ToString("N"), reportId, upload.FileName.Trim(), type, upload.Content.Length, sha, now, Convert.ToBase64String(upload.Content));
            await evidence.CreateAsync(file, cancellationToken: cancellationToken);
            stored.Add(new MisuseEvidenceReference(file.Id, file.FileName, file.ContentType, file.Size, sha));
        }

        return stored;
    }
}
