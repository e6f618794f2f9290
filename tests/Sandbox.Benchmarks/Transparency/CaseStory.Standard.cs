using System.Text.Json.Nodes;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Instances;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// The standard review: screening, the allied check (one in ten with a consultation), routing, then the review on its
/// SLA clock, paused while the applicant is asked for information. About 67% approved (countersigned from tier 3), 19%
/// refused (then appealed and upheld, or the appeal window closes), 9% no licence required, 5% withdrawn; half the
/// tier-4 cases go to the refusal review and are refused. Decided after a quarter to 1.35 times the review days.
/// </summary>
internal sealed partial class CaseStory
{
    private static readonly string[] RefusalCodes =
    [
        "SBX-VULNERABLE-GROUPS", "SBX-VULNERABLE-GROUPS", "SBX-INCOMPLETE-INFORMATION", "SBX-INCOMPLETE-INFORMATION", "SBX-NO-LAWFUL-BASIS",
        "EU-2021-821-ART15-1C-CRIT2A", "EU-2021-821-ART15-1D-END-USER", "EU-2021-821-ART15-1D-DIVERSION", "EU-2021-821-ART5", "SBX-DENIED-PARTY",
    ];

    /// <param name="versions">How many versions the applicant submits: each one after the first follows a request for information.</param>
    public void Standard(DateTimeOffset createdAt, int versions, string? parentInstanceId = null)
    {
        var timeline = new InstanceTimeline(CaseDefinitions.Standard, 1, createdAt, "screening");
        var data = file.Data(expedited: false);
        StandardReview(timeline, data, versions);
        Finish(timeline, data, parentInstanceId);
    }

    private void StandardReview(InstanceTimeline timeline, JsonObject data, int versions)
    {
        var budget = TimeSpan.FromDays(file.ReviewDays);
        var refusalRoute = file.Tier == 4 && random.Chance(50);
        SlaClock? review = null;
        for (var version = 1; version <= versions; version++)
        {
            if (!RouteToReview(timeline, refusalRoute ? "refusal-review" : "review"))
            {
                return;
            }

            review = timeline.StartClock("review", budget);
            if (version == versions)
            {
                break;
            }

            if (!timeline.Move("awaiting-applicant", "request-information", random.Days(1, file.ReviewDays * 0.6), ActorKind.Human, reason: "Describe the retention of raw data."))
            {
                return;
            }

            review.Stop(timeline.At, paused: true);
            if (!timeline.Move("screening", "resubmitted", random.Days(2, 12), ActorKind.Human))
            {
                return;
            }

            Resubmissions.Add(timeline.At);
        }

        var roll = random.Next(100);
        if (roll < 5 && !refusalRoute)
        {
            if (timeline.Move("withdrawn", "withdraw", random.Days(1, file.ReviewDays), ActorKind.Human, reason: "The pilot partner left the consortium."))
            {
                review!.Stop(timeline.At, paused: false);
                WithdrawnAt = timeline.At;
            }

            return;
        }

        var decideAt = timeline.At + random.Days(file.ReviewDays * 0.25, file.ReviewDays * 1.35);
        if (refusalRoute || (roll >= 72 && roll < 91))
        {
            Refuse(timeline, data, review!, decideAt);
        }
        else if (roll < 72)
        {
            Approve(timeline, data, review!, decideAt);
        }
        else
        {
            var decision = new LicenceDecision { Outcome = DecisionOutcome.NoLicenceRequired, Rationale = "The items are not listed and no condition is needed." };
            if (timeline.Move("closed-no-licence", "no-licence-required", decideAt, ActorKind.Human, DecisionData(data, decision), decision.Rationale))
            {
                review!.Stop(timeline.At, paused: false);
                Decided("no-licence", timeline.At);
                Timed("standard", timeline.At, review);
            }
        }
    }

    private bool RouteToReview(InstanceTimeline timeline, string reviewState)
    {
        if (!timeline.Move("allied-check", "screened", random.Minutes(2, 10)))
        {
            return false;
        }

        var consulted = random.Chance(10)
            ? timeline.Move("consultation", "checked", TimeSpan.FromMinutes(1))
                && timeline.Move("consultation", "consultation-answered", random.Days(2, 10))
                && timeline.Move("routing", "consultations-complete", TimeSpan.FromMinutes(1))
            : timeline.Move("routing", "checked", TimeSpan.FromMinutes(1));
        return consulted && timeline.Move(reviewState, "route", TimeSpan.FromMinutes(1));
    }

    private void Approve(InstanceTimeline timeline, JsonObject data, SlaClock review, DateTimeOffset decideAt)
    {
        var decision = Approval(decideAt + random.Days(0, 14), 180);
        var entry = DecisionData(data, decision);
        if (file.Tier >= 3)
        {
            if (!timeline.Move("countersign", "approve", decideAt, ActorKind.Human, entry, decision.Rationale))
            {
                return;
            }

            review.Stop(timeline.At, paused: false);
            if (!timeline.Move("approved", "countersign", random.Days(0.5, 4), ActorKind.Human))
            {
                return;
            }
        }
        else
        {
            if (!timeline.Move("approved", "approve", decideAt, ActorKind.Human, entry, decision.Rationale))
            {
                return;
            }

            review.Stop(timeline.At, paused: false);
        }

        var approvedAt = timeline.At;
        Decided("approvals", approvedAt);
        Timed("standard", approvedAt, review);
        if (timeline.Move("licensed", "issued", TimeSpan.FromMinutes(5)))
        {
            Issued(LicenceKind.Full, timeline, approvedAt, decision);
        }
    }

    private void Refuse(InstanceTimeline timeline, JsonObject data, SlaClock review, DateTimeOffset decideAt)
    {
        string[] codes = random.Chance(30) ? [.. new[] { random.Pick(RefusalCodes), random.Pick(RefusalCodes) }.Distinct(StringComparer.Ordinal)] : [random.Pick(RefusalCodes)];
        var decision = new LicenceDecision { Outcome = DecisionOutcome.Refuse, RefusalCodes = codes, Rationale = "The safeguards do not meet the criteria cited." };
        if (!timeline.Move("refused", "refuse", decideAt, ActorKind.Human, DecisionData(data, decision), decision.Rationale))
        {
            return;
        }

        review.Stop(timeline.At, paused: false);
        Decided("refusals", timeline.At, codes);
        Timed("standard", timeline.At, review);
        if (random.Chance(30))
        {
            // An upheld appeal enters refused-final: not a second refusal.
            _ = timeline.Move("appeal-review", "appeal", random.Days(3, 25), ActorKind.Human, reason: "New facts on the safeguards.")
                && timeline.Move("refused-final", "uphold", random.Days(10, 30), ActorKind.Human, reason: "The new facts do not change the assessment.");
        }
        else
        {
            timeline.Move("refused-final", "appeal-window-closed", TimeSpan.FromDays(30), ActorKind.Timer);
        }
    }
}
