using Sandbox.Workflows.Instances;

namespace Sandbox.Licensing.Cases;

/// <summary>
/// What an applicant is told about their case: its stage in plain words, never the screening, tier or routing
/// behind it (no tipping-off).
/// </summary>
public enum ApplicantCaseStage
{
    UnderReview,
    InformationRequested,
    Refused,
    AppealUnderReview,
    RefusedFinal,
    Approved,
    ProvisionallyApproved,
    NoLicenceRequired,
    Withdrawn,
}

public static class ApplicantCaseStatus
{
    public static ApplicantCaseStage Of(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State switch
        {
            "awaiting-applicant" => ApplicantCaseStage.InformationRequested,
            "refused" => ApplicantCaseStage.Refused,
            "appeal-review" => ApplicantCaseStage.AppealUnderReview,
            "refused-final" => ApplicantCaseStage.RefusedFinal,
            "approved" or "licensed" => ApplicantCaseStage.Approved,
            "provisional-issue" or "provisional-licensed" => ApplicantCaseStage.ProvisionallyApproved,
            "closed-no-licence" => ApplicantCaseStage.NoLicenceRequired,
            "withdrawn" => ApplicantCaseStage.Withdrawn,
            _ => ApplicantCaseStage.UnderReview,
        };
    }

    /// <summary>What the regulator said to the applicant: information requests and decisions with their reasons.</summary>
    public static IReadOnlyList<HistoryEntry> Messages(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.History.Where(h => h.Trigger is "request-information" or "refuse" or "no-licence-required" or "uphold" or "overturn" or "appeal" or "withdraw")
            .Select(h => h with { From = "", To = "", Data = h.Trigger == "refuse" ? h.Data : null, ActorId = "", ActorName = "" })
            .ToList();
    }
}
