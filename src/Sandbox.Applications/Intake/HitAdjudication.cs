using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Intake;

/// <summary>
/// A regulator's decision on one hit of a case: the version screened, which party (its index in that version, or
/// <see cref="CaseScreening.ApplicantIndex"/> for the applicant organization), which listed entry, the entry hash the
/// regulator looked at, the outcome and why. <see cref="AdjudicationETag"/> is needed to change an earlier decision.
/// </summary>
public sealed record HitAdjudication(
    int? Version, int? PartyIndex, string? ListId, string? EntryId, string? EntryHash, AdjudicationOutcome? Outcome, string? Reason, string? AdjudicationETag = null);
