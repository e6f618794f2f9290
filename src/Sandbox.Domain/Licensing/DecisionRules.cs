using System.Globalization;
using Sandbox.Domain.Applications;
using static Sandbox.Domain.Licensing.LicenceFormat;

namespace Sandbox.Domain.Licensing;

/// <summary>
/// Checks a regulator's decision before it is recorded. Approvals need valid conditions and a window that starts no
/// earlier than today (UTC), fits the sunset rule and is no longer than the applicant asked for; provisos must be named.
/// Refusals need known criteria and a rationale the applicant can read; "no licence required" needs a rationale.
/// Neither carries conditions, a window or (unless refusing) refusal codes.
/// </summary>
public static class DecisionRules
{
    public const int MinRationale = ApplicationLimits.MinimumExplanation;
    public const int MaxRationale = ApplicationLimits.LongText;

    /// <param name="requestedDurationDays">The duration the application asked for; a licence never runs longer.</param>
    public static IReadOnlyList<FieldProblem> Validate(
        LicenceDecision? decision, RefusalCatalogue catalogue, SunsetRule sunset, DateTimeOffset now, int requestedDurationDays)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(sunset);
        ArgumentOutOfRangeException.ThrowIfLessThan(requestedDurationDays, 1);
        var problems = new ProblemList();
        if (decision is null)
        {
            problems.Add("$", "Send a decision.");
            return problems.Problems;
        }

        switch (decision.Outcome)
        {
            case DecisionOutcome.Approve or DecisionOutcome.ApproveWithProvisos:
                CheckApproval(decision, sunset, now, requestedDurationDays, problems);
                break;
            case DecisionOutcome.Refuse:
                CheckRefusal(decision, catalogue, problems);
                break;
            case DecisionOutcome.NoLicenceRequired:
                NoLicence(decision, "A decision that no licence is required", problems);
                CheckNoRefusalCodes(decision, problems);
                problems.Required("rationale", decision.Rationale, MinRationale, MaxRationale, "A rationale saying why no licence is required");
                break;
            default:
                problems.Defined("outcome", (DecisionOutcome?)decision.Outcome);
                break;
        }

        return problems.Problems;
    }

    private static void CheckApproval(LicenceDecision decision, SunsetRule sunset, DateTimeOffset now, int requestedDays, ProblemList problems)
    {
        foreach (var problem in LicenceConditionRules.Validate(decision.Conditions))
        {
            problems.Add(problem.Field, problem.Message);
        }

        CheckNoRefusalCodes(decision, problems);
        CheckWindow(decision, sunset, now, requestedDays, problems);
        problems.Length("rationale", decision.Rationale, MaxRationale);
        var explained = decision.Rationale?.Trim().Length >= MinRationale;
        if (decision.Outcome == DecisionOutcome.ApproveWithProvisos && !explained && decision.Conditions?.Narrative is { Count: 0 })
        {
            problems.Add("conditions.narrative", "An approval with provisos names them: add a narrative condition, or explain the provisos in the rationale.");
        }
    }

    private static void CheckWindow(LicenceDecision decision, SunsetRule sunset, DateTimeOffset now, int requestedDays, ProblemList problems)
    {
        if (decision.ValidFrom is null)
        {
            problems.Add("validFrom", "An approval needs the date the licence starts.");
        }

        if (decision.ValidTo is null)
        {
            problems.Add("validTo", "An approval needs the date the licence ends.");
        }

        if (decision is not { ValidFrom: { } from, ValidTo: { } to })
        {
            return;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (DateOnly.FromDateTime(from.UtcDateTime) < today)
        {
            problems.Add("validFrom", $"The licence cannot start before today ({today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, UTC).");
        }

        foreach (var problem in sunset.ValidateInitial(from, to))
        {
            problems.Add(problem.Field, problem.Message);
        }

        if (to > from && to - from > TimeSpan.FromDays(requestedDays))
        {
            problems.Add("validTo", $"The applicant asked for {Number(requestedDays)} days; the licence cannot run longer (this runs {Days(to - from)}).");
        }
    }

    private static void CheckRefusal(LicenceDecision decision, RefusalCatalogue catalogue, ProblemList problems)
    {
        NoLicence(decision, "A refusal", problems);
        problems.Required("rationale", decision.Rationale, MinRationale, MaxRationale, "A rationale the applicant can read");
        if (decision.RefusalCodes is not { } codes)
        {
            problems.Add("refusalCodes", "Send a list of refusal criteria codes, not null.");
            return;
        }

        if (codes.Count == 0)
        {
            problems.Add("refusalCodes", $"Name at least one refusal criterion from refusal catalogue version {Number(catalogue.Version)}.");
        }

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            var at = At("refusalCodes", i);
            if (!catalogue.Contains(codes[i]))
            {
                problems.Add(at, $"'{codes[i]}' is not a criterion in refusal catalogue version {Number(catalogue.Version)}.");
            }
            else if (!firstIndex.TryAdd(codes[i], i))
            {
                problems.Add(at, $"'{codes[i]}' is already listed at {At("refusalCodes", firstIndex[codes[i]])}.");
            }
        }
    }

    /// <summary>Outcomes that issue no licence carry nothing a licence would.</summary>
    private static void NoLicence(LicenceDecision decision, string what, ProblemList problems)
    {
        if (decision.Conditions is not null)
        {
            problems.Add("conditions", $"{what} carries no licence conditions.");
        }

        if (decision.ValidFrom is not null)
        {
            problems.Add("validFrom", $"{what} has no validity period.");
        }

        if (decision.ValidTo is not null)
        {
            problems.Add("validTo", $"{what} has no validity period.");
        }
    }

    private static void CheckNoRefusalCodes(LicenceDecision decision, ProblemList problems)
    {
        if (decision.RefusalCodes is null)
        {
            problems.Add("refusalCodes", "Send a list (it may be empty), not null.");
        }
        else if (decision.RefusalCodes.Count > 0)
        {
            problems.Add("refusalCodes", "Only a refusal names refusal criteria.");
        }
    }
}
