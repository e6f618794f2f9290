using System.Globalization;
using Sandbox.Applications.Access;
using Sandbox.Applications.Classification;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Reference;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Risk;
using Sandbox.Identity.Audit;

namespace Sandbox.Applications.Risk;

/// <summary>The versioned risk rule sets. An assessment names the version it used, so it can be replayed exactly.</summary>
public sealed class RiskRuleBook(ReferenceVersions<RiskRuleSet> versions, AuditLog audit, TimeProvider time)
{
    public const string ContainerName = "risk-rules";

    public async Task<RiskRuleSet> InForceAsync(CancellationToken cancellationToken = default) =>
        (await versions.InForceAsync(cancellationToken)).Content;

    public async Task<RiskRuleSet?> GetAsync(int version, CancellationToken cancellationToken = default) =>
        (await versions.GetAsync(version, cancellationToken))?.Content;

    public async Task<IReadOnlyList<RiskRuleSet>> ListAsync(CancellationToken cancellationToken = default) =>
        (await versions.ListAsync(cancellationToken)).Select(v => v.Content).ToList();

    /// <summary>Publishes the rule set as the next version; its own version number and effective date are replaced by the server's.</summary>
    public async Task<RiskRuleSet> PublishAsync(CaseActor actor, RiskRuleSet rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(rules);
        if (!actor.IsAdministrator)
        {
            throw new CaseForbiddenException("Only administrators publish risk rules.");
        }

        var latest = (await versions.LatestAsync(cancellationToken))!.Content;
        var now = time.GetUtcNow();
        var candidate = rules with { Version = latest.Version + 1, EffectiveFrom = rules.EffectiveFrom < now ? now : rules.EffectiveFrom.ToUniversalTime() };
        var problems = candidate.Validate();
        if (problems.Count > 0)
        {
            throw new IntakeValidationException(problems);
        }

        await versions.PublishAsync(candidate, actor.UserId, cancellationToken);
        await audit.AppendAsync(ClassificationAuditEvents.RulesPublished, actor.UserId, ReferenceIds.For(candidate.Version), AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["version"] = candidate.Version.ToString(CultureInfo.InvariantCulture) }, cancellationToken);
        return candidate;
    }
}
