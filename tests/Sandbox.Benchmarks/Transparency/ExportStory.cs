using Sandbox.Domain.Sandboxes;
using Sandbox.Provisioning.Airlock;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// A sandbox's export requests: up to five, drafted while it was ready; one in ten never submitted. A submitted one is
/// taken into review and decided within days (approved, rejected or withdrawn); one not decided by the cutoff is pending.
/// </summary>
internal static class ExportStory
{
    public static List<ExportRequest> For(Random random, SeededFacts facts, string sandboxId, string dataset, IReadOnlyList<ReadyInterval> ready)
    {
        var exports = new List<ExportRequest>();
        if (ready.Count == 0)
        {
            return exports;
        }

        var count = random.Next(6);
        for (var i = 0; i < count; i++)
        {
            var interval = random.Pick(ready);
            var createdAt = random.Between(interval.From, interval.To ?? SeedScope.Cutoff);
            var submittedAt = createdAt + random.Minutes(5, 120);
            var draft = random.Chance(10) || !SeedScope.BeforeCutoff(submittedAt);
            var request = Draft(random, sandboxId, dataset, createdAt);
            if (!draft)
            {
                request = Submitted(random, request, submittedAt, out var outcome);
                facts.Exports.Add(new ExportFact(submittedAt, outcome));
            }

            exports.Add(request);
        }

        return exports;
    }

    private static ExportRequest Submitted(Random random, ExportRequest draft, DateTimeOffset submittedAt, out string outcome)
    {
        var request = draft with { SubmittedAt = submittedAt };
        request = request.Moved(ExportStatus.Submitted, submittedAt, request.RequestedBy, "Submitted for review");
        var reviewAt = submittedAt + random.Hours(1, 24);
        if (!SeedScope.BeforeCutoff(reviewAt))
        {
            outcome = "pending";
            return request;
        }

        request = request.Moved(ExportStatus.InReview, reviewAt, "rita", "Taken into review") with { Reviewer = "rita" };
        var decidedAt = reviewAt + random.Days(0.5, 10);
        if (!SeedScope.BeforeCutoff(decidedAt))
        {
            outcome = "pending";
            return request;
        }

        var (status, key) = random.Next(100) switch
        {
            < 70 => (ExportStatus.Approved, "approved"),
            < 88 => (ExportStatus.Rejected, "rejected"),
            _ => (ExportStatus.Cancelled, "cancelled"),
        };
        outcome = key;
        return request.Moved(status, decidedAt, status == ExportStatus.Cancelled ? request.RequestedBy : "rita", "Decided") with
        {
            Decision = status == ExportStatus.Rejected ? "A cell describes fewer people than the licence allows." : null,
            DownloadsLeft = status == ExportStatus.Approved ? 3 : 0,
        };
    }

    private static ExportRequest Draft(Random random, string sandboxId, string dataset, DateTimeOffset createdAt) => new()
    {
        Id = "exp-" + random.HexId()[..20],
        SandboxId = sandboxId,
        RequestedBy = "user-" + sandboxId,
        Query = new GatewayQuery
        {
            Dataset = dataset,
            Purpose = "Evaluate the pilot's accuracy on synthetic records",
            Aggregates = [new GatewayAggregate("count")],
            GroupBy = ["region"],
        },
        Justification = "Counts by region for the interim report.",
        Columns = ["region", "count"],
        Rows = [["north", 412L], ["south", 388L], ["east", 251L], ["west", 199L]],
        SuppressedGroups = random.Next(3),
        Status = ExportStatus.Draft,
        CreatedAt = createdAt,
    };
}
