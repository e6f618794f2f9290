using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Organizations;
using Sandbox.Licensing.Exchange;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning.Environments;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Oversight.ExitReports;

/// <summary>Builds an ended licence's exit report from its records: the frozen application version, the licence, the sandbox's activity and the misuse reports triaged against it.</summary>
public sealed class ExitReportAssembler(
    DocumentSet<ApplicationVersion> versions, DocumentSet<MisuseReport> misuse, SandboxActivityReader activity, OrganizationDirectory organizations)
{
    private static readonly HashSet<string> SystemActors = new(StringComparer.OrdinalIgnoreCase) { "Sandbox", "system" };

    public static bool HasEnded(LicenceStatus status) =>
        status is LicenceStatus.Expired or LicenceStatus.Revoked or LicenceStatus.Surrendered or LicenceStatus.Superseded;

    public async Task<ExitReport> AssembleAsync(PilotLicence licence, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(licence);
        var version = (await versions.ReadAsync(licence.ApplicationId, ApplicationVersion.IdFor(licence.ApplicationId, licence.ApplicationVersion), cancellationToken))?.Value;
        var plan = version?.Content.Plan;
        var ending = licence.StatusChanges.LastOrDefault(c => c.Status == licence.Status);
        var organization = (await organizations.GetAsync(licence.HolderOrganizationId, cancellationToken))?.Value;
        var facts = new ExitReportFacts
        {
            ApplicationReference = licence.ApplicationReference,
            ApplicationVersion = licence.ApplicationVersion,
            Objectives = plan?.Objectives,
            Methodology = plan?.Methodology,
            EndUse = version?.Content.EndUse?.Description,
            Tested = version?.Content.TechnologyItems.Select(t => string.IsNullOrWhiteSpace(t.Description) ? t.Name ?? "" : $"{t.Name}: {t.Description}").ToList() ?? [],
            Milestones = plan?.Milestones.Select(m => m.Title ?? "").Where(t => t.Length > 0).ToList() ?? [],
            TemplateId = licence.TemplateId,
            ValidFrom = licence.ValidFrom,
            ValidTo = licence.ValidTo,
            Conditions = licence.Conditions,
            StatusChanges = licence.StatusChanges.Select(Change).ToList(),
            Activity = await activity.ReadAsync(SandboxIds.ForLicence(licence.Reference), cancellationToken),
            Incidents = await IncidentsAsync(licence.Id, cancellationToken),
            Suspensions = licence.StatusChanges.Where(c => c.Status == LicenceStatus.Suspended).Select(Change).ToList(),
            Outcome = licence.Status.ToString(),
            EndedAt = ending?.At ?? at,
            OutcomeReason = ending?.Reason ?? "",
        };
        return new ExitReport
        {
            Id = licence.Id,
            LicenceId = licence.Id,
            LicenceReference = licence.Reference,
            HolderOrganizationId = licence.HolderOrganizationId,
            HolderOrganizationName = licence.HolderOrganizationName,
            HolderGeneralized = organization is null ? "licence holder" : ExchangeAnonymizer.Generalize(organization).Description,
            PilotTitle = licence.PilotTitle,
            AssembledAt = at,
            Facts = facts,
            PersonalNames = PersonalNames(licence, version),
        };
    }

    private static List<string> PersonalNames(PilotLicence licence, ApplicationVersion? version)
    {
        var contact = version?.Content.Contact;
        string?[] names =
        [
            contact?.Name, contact?.Email, contact?.Phone, licence.Decision.DecidedByName, licence.Decision.CountersignedByName,
            licence.Decision.DecidedById, licence.Decision.CountersignedById, version?.SubmittedBy,
            .. licence.StatusChanges.SelectMany(c => new[] { c.ActorName, c.ActorId }),
        ];
        // The system's own name ("Sandbox") is on automatic changes; it names nobody, and scrubbing it would blank the word everywhere.
        return names.Where(n => !string.IsNullOrWhiteSpace(n) && !SystemActors.Contains(n.Trim())).Select(n => n!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static ExitStatusChange Change(LicenceStatusChange change) => new(change.Status.ToString(), change.At, change.Reason);

    private async Task<IReadOnlyList<ExitIncident>> IncidentsAsync(string licenceId, CancellationToken cancellationToken)
    {
        var query = DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("licenceId", licenceId)).Take(200);
        return await misuse.QueryAllAsync(query, cancellationToken)
            .Select(r => r.Value)
            .OrderBy(r => r.ReceivedAt)
            .Select(r => new ExitIncident(r.Reference, r.Allegation.ToString(), r.Severity?.ToString(), r.Response?.ToString(), r.Status.ToString(), r.ReceivedAt))
            .ToListAsync(cancellationToken);
    }
}
