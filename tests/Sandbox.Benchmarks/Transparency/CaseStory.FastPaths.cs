using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Instances;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// The two fast paths: a humanitarian case decided on a 72-hour clock (a provisional licence, or a referral to the
/// standard review), and a verified partner's fast review on half the tier's review days (approved, or referred).
/// A referral hands the case to a standard instance that starts then.
/// </summary>
internal sealed partial class CaseStory
{
    public void Humanitarian(DateTimeOffset createdAt)
    {
        var timeline = new InstanceTimeline(CaseDefinitions.ExpeditedHumanitarian, 1, createdAt, "screening");
        var data = file.Data(expedited: true);
        var clock = timeline.StartClock("decision", TimeSpan.FromHours(72));
        var decideAt = createdAt + random.Hours(4, 110);
        if (timeline.Move("eligibility", "screened", random.Minutes(2, 10)) && timeline.Move("decision", "checked", TimeSpan.FromMinutes(1)))
        {
            if (random.Chance(80))
            {
                var decision = Approval(decideAt, 60);
                if (timeline.Move("provisional-issue", "approve-provisional", decideAt, ActorKind.Human, DecisionData(data, decision), decision.Rationale))
                {
                    clock.Stop(timeline.At, paused: false);
                    Decided("provisional", timeline.At);
                    Timed("humanitarian", timeline.At, clock);
                    if (timeline.Move("provisional-licensed", "issued", TimeSpan.FromMinutes(5)))
                    {
                        Issued(LicenceKind.Provisional, timeline, decideAt, decision with { ValidFrom = timeline.At, ValidTo = timeline.At.AddDays(60) });
                    }
                }
            }
            else
            {
                ReferToStandard(timeline, clock, "humanitarian", decideAt);
            }
        }

        Finish(timeline, data);
    }

    public void Partner(DateTimeOffset createdAt)
    {
        var timeline = new InstanceTimeline(CaseDefinitions.PartnerFastTrack, 1, createdAt, "screening");
        var data = file.Data(expedited: false);
        if (timeline.Move("eligibility", "screened", random.Minutes(2, 10)) && timeline.Move("fast-review", "checked", TimeSpan.FromMinutes(1)))
        {
            var clock = timeline.StartClock("review", TimeSpan.FromDays(file.FastTrackDays));
            var decideAt = timeline.At + random.Days(file.FastTrackDays * 0.2, file.FastTrackDays * 1.5);
            if (random.Chance(80))
            {
                var decision = Approval(decideAt + random.Days(0, 14), 180);
                if (timeline.Move("approved", "approve", decideAt, ActorKind.Human, DecisionData(data, decision), decision.Rationale))
                {
                    clock.Stop(timeline.At, paused: false);
                    Decided("approvals", timeline.At);
                    Timed("partner", timeline.At, clock);
                    if (timeline.Move("licensed", "issued", TimeSpan.FromMinutes(5)))
                    {
                        Issued(LicenceKind.Full, timeline, decideAt, decision);
                    }
                }
            }
            else
            {
                ReferToStandard(timeline, clock, "partner", decideAt);
            }
        }

        Finish(timeline, data);
    }

    /// <summary>A referral decides the fast path (it is timed there) and starts the standard review, which times itself from then.</summary>
    private void ReferToStandard(InstanceTimeline timeline, SlaClock clock, string path, DateTimeOffset at)
    {
        if (!timeline.Move("handover", "refer-to-standard", at, ActorKind.Human, reason: "Needs the full review."))
        {
            return;
        }

        clock.Stop(timeline.At, paused: false);
        Timed(path, timeline.At, clock);
        var handedOverAt = timeline.At + TimeSpan.FromMinutes(1);
        if (SeedScope.BeforeCutoff(handedOverAt))
        {
            Standard(handedOverAt, versions: 1, CaseDefinitions.CaseInstanceId(timeline.DefinitionId, file.ApplicationId));
        }
    }
}
