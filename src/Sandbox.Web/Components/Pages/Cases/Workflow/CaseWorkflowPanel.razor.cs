using Microsoft.AspNetCore.Components;
using MudBlazor;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Components.Pages.Cases.Workflow;

public sealed partial class CaseWorkflowPanel
{
    private IReadOnlyList<WorkflowInstance> _instances = [];
    private WorkflowInstance? _current;
    private string? _etag;
    private IReadOnlyList<PermittedTrigger> _actions = [];
    private IReadOnlyList<WorkflowInstance> _consultations = [];
    private IReadOnlyList<PilotLicence> _licences = [];
    private PermittedTrigger? _chosen;
    private string? _reason;
    private Dictionary<string, string> _problems = new(StringComparer.Ordinal);
    private string? _error;
    private string? _message;
    private bool _busy;
    private bool _loaded;

    [Parameter, EditorRequired]
    public CaseActor Actor { get; set; } = default!;

    [Parameter, EditorRequired]
    public string ActorName { get; set; } = "";

    [Parameter, EditorRequired]
    public string ApplicationId { get; set; } = "";

    [Inject]
    private LicensingCases Cases { get; set; } = default!;

    [Inject]
    private WorkflowEngine Engine { get; set; } = default!;

    [Inject]
    private LicenceRegistry Licences { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        _instances = await Cases.InstancesAsync(Actor, ApplicationId);
        _current = LicensingCases.Current(_instances);
        _consultations = [.. _instances.Where(i => i.DefinitionId == CaseDefinitions.AlliedConsultation)];
        _licences = await Licences.ForApplicationAsync(ApplicationId);
        if (_current is not null)
        {
            _etag = (await Engine.GetAsync(_current.Id))?.ETag;
            _actions = await Engine.PermittedAsync(_current.Id, WorkflowActors.From(Actor, ActorName));
        }

        _loaded = true;
    }

    internal static bool IsDecision(string trigger) => LicensingCases.DecisionTriggers.Contains(trigger);

    private WorkflowDefinition Definition(WorkflowInstance instance) => Engine.DefinitionOf(instance);

    private string StateLabel(WorkflowInstance instance) => Definition(instance).State(instance.State).Label;

    private string TriggerLabel(WorkflowInstance instance, string trigger) => Definition(instance).Trigger(trigger)?.Label ?? trigger;

    private string? Problem(string field) => _problems.GetValueOrDefault(field);

    private void Choose(PermittedTrigger action)
    {
        _chosen = action;
        _reason = null;
        _problems = new(StringComparer.Ordinal);
        _message = null;
    }

    private string ClockText(Sandbox.Workflows.Instances.SlaClock clock)
    {
        var remaining = clock.Remaining(Time.GetUtcNow());
        var state = clock.Paused ? "paused" : clock.RunningSince is null ? "stopped" : remaining <= TimeSpan.Zero ? "overdue" : "running";
        return $"{clock.Name} clock {state}: {Words(remaining)} {(remaining < TimeSpan.Zero ? "over" : "left")}";
    }

    private Color ClockColor(Sandbox.Workflows.Instances.SlaClock clock)
    {
        var remaining = clock.Remaining(Time.GetUtcNow());
        return clock.RunningSince is null ? Color.Default : remaining <= TimeSpan.Zero ? Color.Error : remaining < clock.Budget / 4 ? Color.Warning : Color.Success;
    }

    private static string Words(TimeSpan span)
    {
        var abs = span.Duration();
        return abs.TotalDays >= 1 ? $"{(int)abs.TotalDays} d {abs.Hours} h" : $"{abs.Hours} h {abs.Minutes} min";
    }

    private async Task FireAsync() =>
        await RunAsync(() => Cases.ActAsync(Actor, ActorName, _current!.Id, _chosen!.Trigger, _reason, _etag!), $"{_chosen!.Label}: done.");

    private async Task DecideAsync(LicenceDecision decision) =>
        await RunAsync(() => Cases.DecideAsync(Actor, ActorName, _current!.Id, decision, _etag!), "Decision recorded.");

    private async Task RunAsync(Func<Task> action, string done)
    {
        _busy = true;
        _error = null;
        _problems = new(StringComparer.Ordinal);
        try
        {
            await action();
            _chosen = null;
            _message = done;
            await LoadAsync();
        }
        catch (IntakeValidationException e)
        {
            _problems = e.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(p => p.Message)), StringComparer.Ordinal);
        }
        catch (WorkflowInputException e)
        {
            _problems = new(StringComparer.Ordinal) { [e.Field] = e.Message };
        }
        catch (TriggerNotPermittedException e)
        {
            _error = $"Not permitted now: {string.Join("; ", e.Reasons)}";
            await LoadAsync();
        }
        catch (WorkflowConcurrencyException)
        {
            _error = "The case changed since you opened it; it has been reloaded. Check it and act again.";
            _chosen = null;
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
