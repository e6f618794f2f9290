using System.Text;
using Microsoft.AspNetCore.Components;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Diagrams;
using Sandbox.Workflows.Instances;

namespace Sandbox.Web.Components.Workflows;

/// <summary>
/// A workflow definition drawn as inline SVG (<see cref="WorkflowDiagramLayout"/>), and, given an instance, the path it
/// took: the current state highlighted, visited states and taken transitions emphasised. No script: it scales with its
/// container (viewBox) and its styles are this component's scoped stylesheet. Screen-reader users get the same
/// information from a text alternative: every state, every transition and the path in order, with actor and time.
/// </summary>
public sealed partial class WorkflowDiagramView
{
    private WorkflowDefinition? _laidOut;
    private WorkflowDiagram _diagram = default!;
    private WorkflowPath? _path;
    private IReadOnlyDictionary<string, int> _taken = new Dictionary<string, int>();

    [Parameter, EditorRequired]
    public WorkflowDefinition Definition { get; set; } = default!;

    [Parameter]
    public WorkflowInstance? Instance { get; set; }

    private string IdPrefix { get; set; } = "wfd";

    private bool InstanceRunsAnotherVersion => Instance is not null && Instance.Key != Definition.Key;

    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Definition);
        if (!ReferenceEquals(_laidOut, Definition))
        {
            _diagram = WorkflowDiagramLayout.Layout(Definition);
            _laidOut = Definition;
        }

        _path = Instance is null ? null : WorkflowDiagramPath.Of(Instance);
        _taken = _path is null ? new Dictionary<string, int>() : _diagram.TimesTaken(_path);
        IdPrefix = "wfd-" + Slug(Definition.Key + (Instance is null ? "" : "-" + Instance.Id));
    }

    private string AriaLabel
    {
        get
        {
            var label = $"State diagram of {Definition.Title}, version {Definition.Version}: {_diagram.Nodes.Count} states, {_diagram.Edges.Count} transitions.";
            return _path is null ? label : $"{label} Current state: {_diagram.Node(_path.CurrentState).Label}.";
        }
    }

    private IEnumerable<DiagramNode> Boxes => _diagram.Nodes.Where(n => n.IsSuperstate).OrderBy(n => n.Depth);

    private IEnumerable<DiagramNode> States => _diagram.Nodes.Where(n => !n.IsSuperstate);

    private IEnumerable<DiagramEdge> Routes => _diagram.Edges.Where(e => !e.IsSelf).OrderBy(e => TimesTaken(e) > 0);

    private IEnumerable<DiagramEdge> ListedIn(DiagramNode node) => _diagram.Edges.Where(e => e.IsSelf && e.From == node.Id);

    private string StaysOn(DiagramNode node)
    {
        var listed = ListedIn(node).Select(e => e.TriggerLabel).ToList();
        return listed.Count == 0 ? "" : $"; handled without leaving it: {string.Join(", ", listed)}";
    }

    private int TimesTaken(DiagramEdge edge) => _taken.GetValueOrDefault(edge.Id);

    private bool IsCurrent(DiagramNode node) => _path?.CurrentState == node.Id;

    private bool ContainsCurrent(DiagramNode node) =>
        _path is not null && !IsCurrent(node) && _diagram.Lineage(_path.CurrentState).Any(n => n.Id == node.Id);

    private string NodeClass(DiagramNode node) => Classes(
        node.IsSuperstate ? "superstate" : "state",
        node.IsSuperstate && node.Depth % 2 == 1 ? "nested" : null,
        node.Final ? "final" : null,
        IsCurrent(node) ? "current" : null,
        ContainsCurrent(node) ? "contains-current" : null,
        !IsCurrent(node) && _path?.Visited(node.Id) == true ? "visited" : null);

    private string EdgeClass(DiagramEdge edge) => Classes(
        "edge", "kind-" + DiagramWording.Kind(edge.Kind), edge.IsBackEdge ? "back" : null, TimesTaken(edge) > 0 ? "taken" : null);

    private string ListedClass(DiagramEdge edge) => Classes("listed", "kind-" + DiagramWording.Kind(edge.Kind), TimesTaken(edge) > 0 ? "taken" : null);

    private string NodeTitle(DiagramNode node)
    {
        var facts = DiagramWording.StateFacts(node, _diagram, _path).ToList();
        return facts.Count == 0 ? node.Label : $"{node.Label} ({string.Join(", ", facts)})";
    }

    private string EdgeTitle(DiagramEdge edge)
    {
        var text = DiagramWording.EdgeText(edge, _diagram);
        return TimesTaken(edge) is > 0 and var times ? $"{text}, taken {DiagramWording.Times(times)}" : text;
    }

    private string Marker(DiagramEdge edge) => $"url(#{IdPrefix}-{(TimesTaken(edge) > 0 ? "arrow-taken" : "arrow")})";

    private static string N(double value) => DiagramWording.Number(value);

    private static string Classes(params string?[] names) => string.Join(' ', names.OfType<string>());

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return slug.ToString();
    }
}
