using Sandbox.Workflows.Diagrams;
using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Tests.Diagrams;

public sealed class WorkflowDiagramPathTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_path_keeps_every_step_in_order_and_counts_repeats()
    {
        var instance = Instance("countersign",
            ("", "intake", "start", ActorKind.System),
            ("intake", "review", "routed", ActorKind.System),
            ("review", "awaiting-applicant", "request-information", ActorKind.Human),
            ("awaiting-applicant", "review", "information-provided", ActorKind.Human),
            ("review", "review", "note", ActorKind.Human),
            ("review", "awaiting-applicant", "request-information", ActorKind.Human),
            ("awaiting-applicant", "review", "information-provided", ActorKind.Human),
            ("review", "countersign", "approve", ActorKind.Human));

        var path = WorkflowDiagramPath.Of(instance);

        Assert.Equal("countersign", path.CurrentState);
        Assert.False(path.Completed);
        Assert.Equal(Enumerable.Range(1, 8), path.Steps.Select(s => s.Sequence));
        Assert.True(path.Steps[0].IsStart);
        Assert.Null(path.Steps[0].From);
        Assert.True(path.Steps[4].StaysInState);
        Assert.Equal(1, path.VisitsOf("intake"));
        Assert.Equal(3, path.VisitsOf("review"));
        Assert.Equal(2, path.VisitsOf("awaiting-applicant"));
        Assert.Equal(1, path.VisitsOf("countersign"));
        Assert.False(path.Visited("licensed"));
        Assert.Equal(
            [("intake", "review", "routed", 1), ("review", "awaiting-applicant", "request-information", 2),
             ("awaiting-applicant", "review", "information-provided", 2), ("review", "review", "note", 1), ("review", "countersign", "approve", 1)],
            path.Traversals.Select(t => (t.From, t.To, t.Trigger, t.Count)));
    }

    [Fact]
    public void Steps_map_to_the_transitions_they_took_including_those_of_a_superstate()
    {
        var diagram = WorkflowDiagramLayout.Layout(DiagramDefinitions.ReviewTest);
        var path = WorkflowDiagramPath.Of(Instance("licensed",
            ("", "intake", "start", ActorKind.System),
            ("intake", "review", "routed", ActorKind.System),
            ("review", "escalated", "escalate", ActorKind.Timer),
            ("escalated", "escalated", "note", ActorKind.Human),
            ("escalated", "licensed", "approve", ActorKind.Human)));

        var edges = path.Steps.Select(s => diagram.EdgeOf(s)?.Id).ToList();

        // routed has three guarded transitions from intake: the one to review is the first; approve to licensed is
        // review's second; note is declared on review and taken from its substate.
        Assert.Equal([null, "intake/0", "review/5", "review/4", "review/1"], edges);
    }

    [Fact]
    public void Times_taken_counts_each_transition_for_every_time_it_was_taken()
    {
        var diagram = WorkflowDiagramLayout.Layout(DiagramDefinitions.ReviewTest);
        var path = WorkflowDiagramPath.Of(Instance("review",
            ("", "intake", "start", ActorKind.System),
            ("intake", "review", "routed", ActorKind.System),
            ("review", "awaiting-applicant", "request-information", ActorKind.Human),
            ("awaiting-applicant", "review", "information-provided", ActorKind.Human),
            ("review", "awaiting-applicant", "request-information", ActorKind.Human),
            ("awaiting-applicant", "review", "information-provided", ActorKind.Human)));

        var taken = diagram.TimesTaken(path);

        Assert.Equal(new Dictionary<string, int> { ["intake/0"] = 1, ["review/3"] = 2, ["awaiting-applicant/0"] = 2 }, taken);
    }

    [Fact]
    public void History_that_does_not_fit_the_definition_maps_to_no_transition()
    {
        var diagram = WorkflowDiagramLayout.Layout(DiagramDefinitions.ReviewTest);
        var step = new PathStep(2, "intake", "licensed", "teleport", ActorKind.Human, "Rita", Start, null);

        Assert.Null(diagram.EdgeOf(step));
        Assert.Null(diagram.EdgeOf(step with { From = "no-such-state" }));
    }

    [Fact]
    public void An_instance_without_history_is_in_its_state()
    {
        var path = WorkflowDiagramPath.Of(Instance("intake"));

        Assert.Empty(path.Steps);
        Assert.Equal(1, path.VisitsOf("intake"));
    }

    internal static WorkflowInstance Instance(string state, params (string From, string To, string Trigger, ActorKind Actor)[] history) => new()
    {
        Id = "review-test:case-1",
        DefinitionId = "review-test",
        DefinitionVersion = 1,
        State = state,
        Subject = new WorkflowSubject("case", "case-1", "APP-2026-000001", "A pilot", "org-applicant"),
        History = [.. history.Select((h, i) => new HistoryEntry(
            i + 1, h.From, h.To, h.Trigger, h.Actor, h.Actor == ActorKind.Human ? "u-reg" : "system",
            h.Actor == ActorKind.Human ? "Rita Regulator" : "Sandbox", Start.AddHours(i)))],
    };
}
