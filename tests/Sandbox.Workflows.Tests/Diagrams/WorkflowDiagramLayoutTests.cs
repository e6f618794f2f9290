using System.Text.Json;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Diagrams;

namespace Sandbox.Workflows.Tests.Diagrams;

public sealed class WorkflowDiagramLayoutTests
{
    public static TheoryData<string> Definitions => DiagramDefinitions.All();

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Every_state_and_every_transition_appears_exactly_once(string name)
    {
        var definition = DiagramDefinitions.Named(name);

        var diagram = WorkflowDiagramLayout.Layout(definition);

        DiagramAssert.EveryStateOnce(definition, diagram);
        DiagramAssert.EveryTransitionOnce(definition, diagram);
        Assert.Equal(definition.Key, diagram.DefinitionKey);
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void States_do_not_overlap_and_substates_sit_inside_their_superstate(string name)
    {
        var diagram = WorkflowDiagramLayout.Layout(DiagramDefinitions.Named(name));

        DiagramAssert.NoOverlaps(diagram);
        DiagramAssert.SubstatesInsideTheirSuperstate(diagram);
        DiagramAssert.InsideTheCanvas(diagram);
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Routes_join_their_states_and_labels_keep_off_states(string name)
    {
        var diagram = WorkflowDiagramLayout.Layout(DiagramDefinitions.Named(name));

        DiagramAssert.RoutesConnectTheirStates(diagram);
        DiagramAssert.LabelsClearOfStates(diagram);
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void The_same_definition_always_gives_the_same_diagram(string name)
    {
        var first = JsonSerializer.Serialize(WorkflowDiagramLayout.Layout(DiagramDefinitions.Named(name)));

        var second = JsonSerializer.Serialize(WorkflowDiagramLayout.Layout(DiagramDefinitions.Named(name)));

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_flow_reads_top_to_bottom_and_loops_back_are_back_edges()
    {
        var diagram = WorkflowDiagramLayout.Layout(DiagramDefinitions.ReviewTest);

        Assert.True(diagram.Node("intake").Bottom < diagram.Node("open").Y);
        Assert.True(diagram.Node("open").Bottom < diagram.Node("licensed").Y);
        Assert.True(diagram.Node("licensed").Bottom < diagram.Node("suspended").Y);
        Assert.True(diagram.Node("suspended").Bottom < diagram.Node("expired").Y);
        Assert.True(diagram.Node("review").Bottom < diagram.Node("awaiting-applicant").Y);

        var back = diagram.Edges.Where(e => e.IsBackEdge).Select(e => (e.From, e.To)).ToList();
        Assert.Equal([("awaiting-applicant", "review"), ("refused", "review"), ("suspended", "licensed")], back);
        Assert.All(diagram.Edges.Where(e => !e.IsSelf), e =>
            Assert.True(e.IsBackEdge ? e.Points[^1].Y < e.Points[0].Y : e.Points[^1].Y > e.Points[0].Y, $"{e.Id} runs the wrong way"));
    }

    [Fact]
    public void Routes_run_downwards_bend_by_bend_so_they_pass_between_states()
    {
        var diagram = WorkflowDiagramLayout.Layout(DiagramDefinitions.PilotLicence);

        foreach (var edge in diagram.Edges.Where(e => !e.IsSelf))
        {
            var ys = edge.IsBackEdge ? edge.Points.Reverse().Select(p => p.Y).ToList() : edge.Points.Select(p => p.Y).ToList();
            Assert.Equal(ys.Order().ToList(), ys);
            foreach (var (from, to) in edge.Points.Zip(edge.Points.Skip(1)).Where(p => p.First.X.Equals(p.Second.X)))
            {
                var crossed = diagram.Nodes.Where(n => !n.IsSuperstate && n.Id != edge.From && n.Id != edge.To).FirstOrDefault(n =>
                    from.X > n.X && from.X < n.Right && Math.Min(from.Y, to.Y) < n.Bottom && Math.Max(from.Y, to.Y) > n.Y);
                Assert.True(crossed is null, $"{edge.Id} runs straight through {crossed?.Id}");
            }
        }
    }

    [Fact]
    public void Transitions_that_stay_in_their_state_are_listed_inside_it()
    {
        var diagram = WorkflowDiagramLayout.Layout(DiagramDefinitions.ReviewTest);

        var licensed = diagram.Node("licensed");
        var listed = diagram.Edges.Where(e => e.From == "licensed" && e.IsSelf).ToList();
        Assert.Equal(["Remind", "Extend"], listed.Select(e => e.TriggerLabel));
        Assert.All(listed, e => Assert.True(e.IsInternal && licensed.Contains(e.LabelPosition)));
        Assert.True(listed[0].LabelPosition.Y < listed[1].LabelPosition.Y);
        Assert.Equal("\u21bb Remind", listed[0].ListedText);
        var note = Assert.Single(diagram.Edges, e => e.TriggerId == "note");
        Assert.True(diagram.Node("review").Contains(note.LabelPosition));
        Assert.True(note.LabelPosition.Y < diagram.Node("escalated").Y, "listed in the header, above the substates");
    }

    [Fact]
    public void A_superstate_transition_starts_from_the_superstate_box()
    {
        var diagram = WorkflowDiagramLayout.Layout(DiagramDefinitions.ReviewTest);

        var open = diagram.Node("open");
        var withdraw = Assert.Single(diagram.Edges, e => e.TriggerId == "withdraw");
        Assert.Equal("open", withdraw.From);
        Assert.Equal(open.Bottom, withdraw.Points[0].Y, 1);
        Assert.InRange(withdraw.Points[0].X, open.X, open.Right);

        var escalate = Assert.Single(diagram.Edges, e => e.TriggerId == "escalate");
        var (review, escalated) = (diagram.Node("review"), diagram.Node("escalated"));
        Assert.True(review.Contains(escalate.Points[0]) && escalate.Points[0].Y < escalated.Y, "into its own substate from under the header");
        Assert.Equal(escalated.Y, escalate.Points[^1].Y, 1);
    }

    [Fact]
    public void The_start_arrow_points_at_the_initial_state_even_inside_a_superstate()
    {
        var definition = DiagramDefinitions.Parse("""
            {
              "id": "nested-start", "version": 1, "title": "Starts inside a superstate", "initialState": "draft",
              "triggers": [{ "id": "submit", "label": "Submit" }, { "id": "cancel", "label": "Cancel" }],
              "states": [
                { "id": "editing", "label": "Editing", "transitions": [{ "trigger": "cancel", "to": "cancelled" }] },
                { "id": "draft", "label": "Draft", "parent": "editing", "transitions": [{ "trigger": "submit", "to": "submitted" }] },
                { "id": "submitted", "label": "Submitted", "final": true },
                { "id": "cancelled", "label": "Cancelled", "final": true }
              ]
            }
            """);

        var diagram = WorkflowDiagramLayout.Layout(definition);

        var (editing, draft) = (diagram.Node("editing"), diagram.Node("draft"));
        Assert.True(diagram.Start.Center.Y < editing.Y);
        Assert.Equal(draft.Y, diagram.Start.Points[^1].Y, 1);
        Assert.InRange(diagram.Start.Points[^1].X, draft.X, draft.Right);
        Assert.Contains(diagram.Start.Points, p => Math.Abs(p.Y - editing.Y) < 0.6);
        Assert.True(draft.Initial);
        DiagramAssert.NoOverlaps(diagram);
        DiagramAssert.SubstatesInsideTheirSuperstate(diagram);
        DiagramAssert.RoutesConnectTheirStates(diagram);
    }

    [Fact]
    public void Twenty_six_states_stay_at_a_legible_natural_size()
    {
        var diagram = WorkflowDiagramLayout.Layout(DiagramDefinitions.PilotLicence);

        Assert.Equal(26, diagram.Nodes.Count);
        Assert.InRange(diagram.Width, 300, 1000);
        Assert.All(diagram.Nodes.Where(n => !n.IsSuperstate), n => Assert.InRange(n.Width, 96, 200));
        Assert.Equal(2, diagram.Node("escalated").LabelLines.Count);
    }

    [Fact]
    public void A_lone_state_is_a_diagram_too()
    {
        var definition = new WorkflowDefinition
        {
            Id = "lone", Version = 1, Title = "Lone", InitialState = "only", States = [new StateDefinition { Id = "only", Label = "Only", Final = true }],
        };

        var diagram = WorkflowDiagramLayout.Layout(definition);

        var only = Assert.Single(diagram.Nodes);
        Assert.Empty(diagram.Edges);
        Assert.Equal(only.Y, diagram.Start.Points[^1].Y, 1);
        DiagramAssert.InsideTheCanvas(diagram);
    }

    [Fact]
    public void A_transition_to_an_unknown_state_is_refused_with_its_name()
    {
        var definition = new WorkflowDefinition
        {
            Id = "broken", Version = 1, Title = "Broken", InitialState = "a",
            States = [new StateDefinition { Id = "a", Label = "A", Transitions = [new TransitionDefinition { Trigger = "go", To = "nowhere" }] }],
        };

        var error = Assert.Throws<ArgumentException>(() => WorkflowDiagramLayout.Layout(definition));

        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
    }
}
