using Bunit;
using Sandbox.Web.Components.Workflows;
using static Sandbox.Web.Tests.Components.Workflows.DiagramFixtures;

namespace Sandbox.Web.Tests.Components.Workflows;

public sealed class WorkflowDiagramViewTests : ComponentTestContext
{
    [Fact]
    public void A_definition_draws_every_state_and_every_transition_with_its_label_and_title()
    {
        var view = Render<WorkflowDiagramView>(p => p.Add(c => c.Definition, Review));

        var svg = view.Find("svg[role=img]");
        Assert.Equal("State diagram of Mini review, version 2: 6 states, 7 transitions.", svg.GetAttribute("aria-label"));
        Assert.Equal(Review.States.Select(s => s.Id).Order(), view.FindAll("svg g[data-state]").Select(g => g.GetAttribute("data-state")).Order());
        Assert.Equal("Waiting for the applicant", Text(view, "g[data-state=waiting] .state-label"));
        Assert.Equal("Open", Text(view, "g[data-state-header=open] .superstate-label"));
        Assert.Equal(["Routed", "Withdraw", "Ask the applicant", "Approve", "Answer", "Lapse"],
            view.FindAll("g.edge[data-edge] text.edge-label").Select(t => t.TextContent.Trim()).ToList());
        Assert.Equal("\u21bb Add note", Text(view, "g[data-state=review] g.listed text"));
        Assert.Equal("Review → Waiting for the applicant: Ask the applicant (person)", Text(view, "g[data-edge='review/0'] > title"));
        Assert.Equal("Licensed (final state)", Text(view, "g[data-state=licensed] > title"));
        Assert.Single(view.FindAll("g[data-state=licensed] rect.final-ring"));
        Assert.Empty(view.FindAll("g[data-state=review] rect.final-ring"));
        Assert.Single(view.FindAll("[data-testid=diagram-start] circle"));
        Assert.Empty(view.FindAll("g.current, g.visited, g.contains-current, g.taken"));
    }

    [Fact]
    public void Trigger_kinds_differ_by_line_style_and_the_legend_says_which_is_which()
    {
        var view = Render<WorkflowDiagramView>(p => p.Add(c => c.Definition, Review));

        Assert.Contains("kind-system", view.Find("g[data-edge='intake/0']").ClassName, StringComparison.Ordinal);
        Assert.Contains("kind-timer", view.Find("g[data-edge='waiting/1']").ClassName, StringComparison.Ordinal);
        Assert.Contains("kind-person", view.Find("g[data-edge='review/1']").ClassName, StringComparison.Ordinal);
        var legend = view.Find("[data-testid=diagram-legend]").TextContent;
        Assert.Contains("A person's action", legend, StringComparison.Ordinal);
        Assert.Contains("The system", legend, StringComparison.Ordinal);
        Assert.Contains("A timer", legend, StringComparison.Ordinal);
        Assert.Contains("Final state (double border)", legend, StringComparison.Ordinal);
        Assert.DoesNotContain("Current state", legend, StringComparison.Ordinal);
    }

    [Fact]
    public void The_drawing_scales_with_its_container_from_its_natural_size()
    {
        var view = Render<WorkflowDiagramView>(p => p.Add(c => c.Definition, Review));

        var svg = view.Find("svg[role=img]");
        var (width, height) = (svg.GetAttribute("width"), svg.GetAttribute("height"));
        Assert.Equal($"0 0 {width} {height}", svg.GetAttribute("viewBox"));
        Assert.InRange(double.Parse(width!, System.Globalization.CultureInfo.InvariantCulture), 200, 1000);
        Assert.DoesNotContain("<script", view.Markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_instance_highlights_its_current_state_and_emphasises_where_it_has_been()
    {
        var view = Render<WorkflowDiagramView>(p => p.Add(c => c.Definition, Review).Add(c => c.Instance, InReviewAfterTwoQuestions()));

        Assert.Equal(["review"], view.FindAll("g.current").Select(g => g.GetAttribute("data-state")).ToList());
        Assert.Equal(["intake", "waiting"], view.FindAll("g.visited").Select(g => g.GetAttribute("data-state")).ToList());
        Assert.Equal(["open"], view.FindAll("g.contains-current").Select(g => g.GetAttribute("data-state")).ToList());
        Assert.Equal("Review (inside Open, current state, entered 3 times)", Text(view, "g[data-state=review] > title"));
        Assert.Equal(["intake/0", "review/0", "waiting/0"], view.FindAll("g.edge.taken").Select(g => g.GetAttribute("data-edge")).Order().ToList());
        Assert.Equal("Ask the applicant ×2", Text(view, "g[data-edge='review/0'] text.edge-label"));
        Assert.Equal("Routed", Text(view, "g[data-edge='intake/0'] text.edge-label"));
        Assert.Contains("taken 2 times", Text(view, "g[data-edge='waiting/0'] > title"), StringComparison.Ordinal);
        Assert.Contains("taken", view.Find("g.listed[data-edge='review/2']").ClassName, StringComparison.Ordinal);
        Assert.Contains("Current state: Review.", view.Find("svg[role=img]").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("Current state", view.Find("[data-testid=diagram-legend]").TextContent, StringComparison.Ordinal);
        Assert.Empty(view.FindAll("[data-testid=diagram-version-note]"));
    }

    [Fact]
    public void The_text_alternative_gives_every_state_every_transition_and_the_path_with_actor_and_time()
    {
        var view = Render<WorkflowDiagramView>(p => p.Add(c => c.Definition, Review).Add(c => c.Instance, InReviewAfterTwoQuestions()));

        var text = view.Find("details[data-testid=diagram-text]");
        Assert.Equal("The diagram as text", text.QuerySelector("summary")!.TextContent);
        var states = text.QuerySelectorAll("[data-testid=diagram-text-states] li").Select(li => li.TextContent).ToList();
        Assert.Equal(6, states.Count);
        Assert.Contains("Intake (initial state, entered once)", states);
        Assert.Contains("Review (inside Open, current state, entered 3 times); handled without leaving it: Add note", states);
        Assert.Contains("Withdrawn (final state)", states);
        var transitions = text.QuerySelectorAll("[data-testid=diagram-text-transitions] li").Select(li => li.TextContent).ToList();
        Assert.Equal(7, transitions.Count);
        Assert.Contains("Open → Withdrawn: Withdraw (person)", transitions);
        Assert.Contains("Review: Add note (person), stays in the state, taken once", transitions);
        Assert.Contains("Waiting for the applicant → Withdrawn: Lapse (timer)", transitions);
        var path = text.QuerySelectorAll("[data-testid=diagram-text-path] li").Select(li => li.TextContent).ToList();
        Assert.Equal(7, path.Count);
        Assert.Equal("2026-12-01 09:00 UTC: started in Intake, by Sandbox (system)", path[0]);
        Assert.Equal("2026-12-01 11:00 UTC: Review → Waiting for the applicant: Ask the applicant, by Rita Regulator (person) (reason: The budget is missing)", path[2]);
        Assert.Equal("2026-12-01 13:00 UTC: Review → Review: Add note, by Rita Regulator (person)", path[4]);
        Assert.Equal("2026-12-01T09:00:00.0000000+00:00", text.QuerySelector("[data-testid=diagram-text-path] time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void A_definition_alone_has_no_path_in_its_text_alternative()
    {
        var view = Render<WorkflowDiagramView>(p => p.Add(c => c.Definition, Review));

        Assert.Empty(view.FindAll("[data-testid=diagram-text-path]"));
        Assert.Contains("Intake (initial state)", view.Find("[data-testid=diagram-text-states]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instance_of_another_version_says_its_path_is_drawn_over_this_one()
    {
        var view = Render<WorkflowDiagramView>(p => p.Add(c => c.Definition, Review).Add(c => c.Instance, InReviewAfterTwoQuestions(definitionVersion: 1)));

        Assert.Contains("This instance runs mini-review@1; its path is drawn over mini-review@2",
            view.Find("[data-testid=diagram-version-note]").TextContent, StringComparison.Ordinal);
    }

    private static string Text(IRenderedComponent<WorkflowDiagramView> view, string selector) => view.Find(selector).TextContent.Trim();
}
