namespace Sandbox.Oversight.Transparency;

/// <summary>Decisions taken and licence actions recorded in the period.</summary>
/// <param name="Approvals">Full approvals (a case reaching <c>approved</c> on the standard or partner path).</param>
/// <param name="ProvisionalApprovals">Provisional licences granted on the humanitarian path.</param>
/// <param name="Refusals">Refusals (a case reaching <c>refused</c>; an upheld appeal is not a second refusal).</param>
/// <param name="RefusalsByReason">By coded refusal criterion; a refusal citing two criteria counts under both.</param>
/// <param name="Suspensions">Licence suspensions (status history).</param>
/// <param name="Revocations">Licence revocations (status history).</param>
public sealed record DecisionFigures(
    ReportCount Approvals,
    ReportCount ProvisionalApprovals,
    ReportCount Refusals,
    ReportCount NoLicenceRequired,
    ReportBreakdown RefusalsByReason,
    ReportCount Suspensions,
    ReportCount Revocations);
