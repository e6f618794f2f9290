using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Sandbox.Applications.Templates;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Risk;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Refusals;
using Sandbox.Storage.Documents;
using Sandbox.Workflows.Instances;

namespace Sandbox.Web.Components.Pages.Cases.Workflow;

public sealed partial class DecisionForm
{
    private static readonly string[] PlacedFields =
    [
        "validFrom", "validTo", "rationale", "conditions.retentionDays", "conditions.dataLocalizationRegion", "conditions.maxRowsPerQuery",
        "conditions.queriesPerDay", "conditions.minimumCellSize",
    ];

    private static readonly string[] PlacedPrefixes = ["conditions.deniedFields", "conditions.declaredPurposes", "conditions.narrative", "refusalCodes"];

    private DecisionInput? _form;
    private IReadOnlyList<RefusalCriterion> _criteria = [];

    [Parameter, EditorRequired]
    public string Trigger { get; set; } = "";

    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    [Parameter, EditorRequired]
    public WorkflowInstance Instance { get; set; } = default!;

    [Parameter, EditorRequired]
    public string ApplicationId { get; set; } = "";

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public IReadOnlyDictionary<string, string> Problems { get; set; } = new Dictionary<string, string>();

    [Parameter]
    public EventCallback<LicenceDecision> Submit { get; set; }

    [Parameter]
    public EventCallback Cancel { get; set; }

    [Inject]
    private CaseFiles Files { get; set; } = default!;

    [Inject]
    private RefusalCriteria Refusals { get; set; } = default!;

    [Inject]
    private SandboxTemplateCatalog Templates { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private bool IsApproval => Trigger is "approve" or "approve-provisional";

    private IReadOnlyDictionary<string, string> Unplaced =>
        Problems.Where(p => !PlacedFields.Contains(p.Key) && !PlacedPrefixes.Any(prefix => p.Key.StartsWith(prefix, StringComparison.Ordinal)))
            .ToDictionary(p => p.Key, p => p.Value);

    protected override async Task OnInitializedAsync()
    {
        _criteria = (await Refusals.InForceAsync()).Criteria;
        var (_, version, _) = await Files.LatestAsync(ApplicationId, CancellationToken.None);
        var content = version.Content;
        var defaults = Instance.Data[CaseData.DefaultConditions]?.Deserialize<List<DefaultCondition>>(StorageJson.Options) ?? [];
        var purposes = new[] { content.EndUse?.Description ?? content.Plan?.Objectives ?? "" }.Where(p => p.Length > 0).Select(p => p.Length > 200 ? p[..200] : p).ToList();
        var conditions = LicenceConditionDefaults.From(defaults, Templates.Find(content.SandboxTemplateId)?.Region, purposes);
        var today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        var start = content.Plan?.StartOn is { } planned && planned > today ? planned : today;
        var days = content.RequestedDurationDays ?? 90;
        _form = DecisionInput.From(conditions, start.ToDateTime(TimeOnly.MinValue), start.AddDays(days).ToDateTime(TimeOnly.MinValue));
    }

    private void Toggle(string code, bool on)
    {
        if (on)
        {
            _form!.Codes.Add(code);
        }
        else
        {
            _form!.Codes.Remove(code);
        }
    }

    private async Task SubmitAsync() => await Submit.InvokeAsync(_form!.ToDecision(Trigger));

    private bool Has(string field) => Problems.ContainsKey(field);

    private string? Problem(string field) => Problems.GetValueOrDefault(field);

    private bool HasPrefix(string prefix) => ProblemPrefix(prefix) is not null;

    private string? ProblemPrefix(string prefix)
    {
        var messages = Problems.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Value).ToList();
        return messages.Count > 0 ? string.Join(" ", messages) : null;
    }
}
