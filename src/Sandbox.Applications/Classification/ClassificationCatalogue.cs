using System.Globalization;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Reference;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Identity.Audit;

namespace Sandbox.Applications.Classification;

/// <summary>
/// The harmonized classification catalogue, versioned on the store. Administrators publish new versions;
/// each publication flags the active cases whose items' categories changed for re-review.
/// </summary>
public sealed class ClassificationCatalogue(ReferenceVersions<CatalogueVersion> versions, ReReviewFlagger flagger, AuditLog audit, TimeProvider time)
{
    public const string ContainerName = "classification-catalogue";

    public async Task<CatalogueVersion> InForceAsync(CancellationToken cancellationToken = default) =>
        (await versions.InForceAsync(cancellationToken)).Content;

    public async Task<CatalogueVersion?> GetAsync(int version, CancellationToken cancellationToken = default) =>
        (await versions.GetAsync(version, cancellationToken))?.Content;

    public async Task<IReadOnlyList<CatalogueVersion>> ListAsync(CancellationToken cancellationToken = default) =>
        (await versions.ListAsync(cancellationToken)).Select(v => v.Content).ToList();

    public async Task<CataloguePublication> PublishAsync(CaseActor actor, CatalogueDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        if (!actor.IsAdministrator)
        {
            throw new CaseForbiddenException("Only administrators publish the classification catalogue.");
        }

        var latest = (await versions.LatestAsync(cancellationToken))!.Content;
        var now = time.GetUtcNow();
        var candidate = new CatalogueVersion
        {
            Version = latest.Version + 1,
            EffectiveFrom = (draft.EffectiveFrom ?? now).ToUniversalTime(),
            PublishedAt = now,
            PublishedBy = actor.UserId,
            ChangeNote = draft.ChangeNote?.Trim() ?? string.Empty,
            Entries = draft.Entries ?? [],
        };
        var problems = candidate.Validate().ToList();
        if (string.IsNullOrWhiteSpace(draft.ChangeNote))
        {
            problems.Add(new FieldProblem("changeNote", "Say what changed and why; reviewers of flagged cases read it."));
        }

        if (candidate.EffectiveFrom < now.AddMinutes(-5))
        {
            problems.Add(new FieldProblem("effectiveFrom", "A new version cannot take effect in the past."));
        }

        if (problems.Count > 0)
        {
            throw new IntakeValidationException(problems);
        }

        await versions.PublishAsync(candidate, actor.UserId, cancellationToken);
        var changes = CatalogueChanges.Between(latest, candidate);
        var flagged = await flagger.FlagAsync(changes, candidate.Version, cancellationToken);
        await audit.AppendAsync(ClassificationAuditEvents.CataloguePublished, actor.UserId, ReferenceIds.For(candidate.Version), AuditOutcome.Succeeded,
            new Dictionary<string, string>
            {
                ["version"] = candidate.Version.ToString(CultureInfo.InvariantCulture),
                ["changes"] = changes.Count.ToString(CultureInfo.InvariantCulture),
                ["flagged"] = flagged.Count.ToString(CultureInfo.InvariantCulture),
            },
            cancellationToken);
        return new CataloguePublication(candidate, changes, flagged);
    }
}
