using Sandbox.Applications.Access;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Risk;

namespace Sandbox.Web.Api;

/// <summary>A submitted version; screening and assessment only for regulators and auditors.</summary>
public sealed record VersionResource(
    int Number, DateTimeOffset SubmittedAt, string SubmittedBy, int CatalogueVersion, ApplicationContent Content,
    IReadOnlyList<PartyScreening>? Screening, RiskAssessment? Assessment)
{
    public static VersionResource From(ApplicationVersion version, CaseActor actor, PilotApplication application)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(actor);
        var regulator = actor.MayReadCase(application);
        return new VersionResource(version.Number, version.SubmittedAt, version.SubmittedBy, version.CatalogueVersion, version.Content,
            regulator ? version.Screening : null, regulator ? version.Assessment : null);
    }
}
