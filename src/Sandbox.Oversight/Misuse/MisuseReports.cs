using Sandbox.Applications.Access;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Oversight.Misuse;

/// <summary>Reads reports for the people allowed to: regulators and auditors all; a holder the ones triaged against its licences; a reporter their own.</summary>
public sealed class MisuseReports(DocumentSet<MisuseReport> reports, DocumentSet<StoredEvidence> evidence, WorkflowEngine engine)
{
    /// <summary>Triggers whose reason is written to the holder; the triage note and a dismissal stay with the regulators.</summary>
    private static readonly HashSet<string> ToHolder = ["ask-holder", "holder-respond", "no-action", "warn", "add-conditions", "suspend", "revoke"];

    public async Task<IReadOnlyList<MisuseReport>> QueueAsync(CaseActor actor, MisuseStatus? status, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        DocumentQuery query;
        if (actor.CanReadCases)
        {
            query = DocumentQuery.AcrossPartitions();
        }
        else if (actor.IsApplicant)
        {
            query = DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("holderOrganizationId", actor.OrganizationId!));
        }
        else
        {
            return [];
        }

        if (status is { } wanted)
        {
            query = query.Where(QueryFilter.Equal("status", wanted.ToString()));
        }

        return await reports.QueryAllAsync(query.Sorted(SortOrder.DescendingBy("receivedAt")).Take(Math.Clamp(take, 1, 500)), cancellationToken)
            .Select(r => AudienceOf(actor, r.Value) switch
            {
                MisuseAudience.Regulator => r.Value,
                MisuseAudience.Holder => ForHolder(r.Value),
                _ => null,
            })
            .OfType<MisuseReport>().Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
    }

    /// <summary>The reports a signed-in person sent, whatever their role.</summary>
    public async Task<IReadOnlyList<MisuseReport>> SentByAsync(CaseActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await reports.QueryAllAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("reporterUserId", actor.UserId))
                .Sorted(SortOrder.DescendingBy("receivedAt")).Take(100), cancellationToken)
            .Select(r => ForReporter(r.Value)).ToListAsync(cancellationToken);
    }

    public async Task<MisuseReportView> GetAsync(CaseActor actor, WorkflowActor person, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var report = await reports.ReadAsync(id, id, cancellationToken) ?? throw new MisuseReportNotFoundException(id);
        var audience = AudienceOf(actor, report.Value) ?? throw new MisuseReportNotFoundException(id);
        var instance = (await engine.GetAsync(MisuseIds.Instance(id), cancellationToken)) ?? throw new MisuseReportNotFoundException(id);
        var definition = engine.DefinitionOf(instance.Value);
        var label = definition.States.FirstOrDefault(s => s.Id == instance.Value.State)?.Label ?? instance.Value.State;
        var actions = audience == MisuseAudience.Reporter ? [] : (await engine.PermittedAsync(instance.Value.Id, person, cancellationToken)).Where(a => a.Permitted || audience == MisuseAudience.Regulator).ToList();
        var messages = instance.Value.History.Where(h => ToHolder.Contains(h.Trigger) && h.Reason is not null)
            .Select(h => new MisuseMessage(h.At, h.Trigger == "holder-respond" ? "Holder" : "Regulator", h.Trigger, h.Reason!)).ToList();
        return audience switch
        {
            MisuseAudience.Regulator => new MisuseReportView(report.Value, audience, instance.Value.State, label, messages, instance.Value.History, actions, [.. instance.Value.Clocks.Values], instance.ETag),
            MisuseAudience.Holder => new MisuseReportView(ForHolder(report.Value), audience, instance.Value.State, label, messages, [], actions, [], instance.ETag),
            _ => new MisuseReportView(ForReporter(report.Value), audience, instance.Value.State, label, [], [], [], [], instance.ETag),
        };
    }

    public async Task<StoredEvidence> EvidenceAsync(CaseActor actor, string reportId, string evidenceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var report = (await reports.ReadAsync(reportId, reportId, cancellationToken))?.Value;
        if (report is null || AudienceOf(actor, report) != MisuseAudience.Regulator)
        {
            throw new MisuseReportNotFoundException(reportId);
        }

        return (await evidence.ReadAsync(reportId, evidenceId, cancellationToken))?.Value ?? throw new MisuseReportNotFoundException(reportId);
    }

    /// <summary>What an anonymous reporter may learn with the key they were given: the report's stage, nothing else.</summary>
    public async Task<MisuseStatus> FollowUpAsync(string reference, string? key, CancellationToken cancellationToken = default)
    {
        var page = await reports.QueryAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("reference", reference.Trim().ToUpperInvariant())).Take(1), cancellationToken);
        return page.Items.Count == 1 && MisuseFollowUp.Matches(page.Items[0].Value, key) ? page.Items[0].Value.Status : throw new MisuseReportNotFoundException(reference);
    }

    /// <summary>
    /// Case readers see a report unless they belong to the organization it concerns: the holder of the licence triage
    /// linked, or of the licence the reporter named. Within the holder only its applicants, and only after triage.
    /// </summary>
    internal static MisuseAudience? AudienceOf(CaseActor actor, MisuseReport report)
    {
        var concerned = (report.HolderOrganizationId is { } holder && actor.BelongsTo(holder))
            || (report.NamedHolderOrganizationId is { } named && actor.BelongsTo(named));
        if (actor.CanReadCases && !concerned)
        {
            return MisuseAudience.Regulator;
        }

        if (actor.IsApplicant && report.HolderOrganizationId is { } linked && actor.BelongsTo(linked))
        {
            return MisuseAudience.Holder;
        }

        return report.ReporterUserId is { } reporter && reporter == actor.UserId ? MisuseAudience.Reporter : null;
    }

    /// <summary>The reporter follows their report's stage; what triage linked and what the holder answered stay with the regulators.</summary>
    private static MisuseReport ForReporter(MisuseReport report) => report with
    {
        HolderStatements = [],
        LicenceId = null,
        LicenceReference = null,
        HolderOrganizationId = null,
        NamedHolderOrganizationId = null,
        Severity = null,
        Escalated = false,
        Response = null,
        TriagedAt = null,
    };

    /// <summary>The holder learns what it is accused of in the regulator's words, not the report's, so the reporter cannot be identified.</summary>
    private static MisuseReport ForHolder(MisuseReport report) => report with
    {
        Source = report.Source == MisuseSource.GatewayTelemetry ? MisuseSource.GatewayTelemetry : MisuseSource.Person,
        ReceivedAt = new DateTimeOffset(report.ReceivedAt.UtcDateTime.Date, TimeSpan.Zero),
        ObservedAt = null,
        NamedHolderOrganizationId = null,
        Description = "",
        ReportedParty = null,
        ReportedLicenceReference = null,
        Evidence = [],
        ReporterUserId = null,
        ReporterOrganizationId = null,
        FollowUpKeyHash = null,
    };
}
