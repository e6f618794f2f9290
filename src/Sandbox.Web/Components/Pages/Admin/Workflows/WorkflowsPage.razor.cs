using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Sandbox.Licensing.Cases;
using Sandbox.Web.Api;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Components.Pages.Admin.Workflows;

/// <summary>Every loaded workflow definition with its diagram, and the open incidents an administrator may retry.</summary>
public sealed partial class WorkflowsPage
{
    private Sandbox.Workflows.Instances.WorkflowActor? _administrator;
    private IReadOnlyList<OpenIncident>? _incidents;
    private RetryMessage? _result;
    private bool _busy;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private WorkflowEngine Engine { get; set; } = default!;

    private IEnumerable<WorkflowDefinition> Definitions =>
        Engine.Definitions.All.OrderBy(d => d.Id, StringComparer.Ordinal).ThenByDescending(d => d.Version);

    private bool IsLatest(WorkflowDefinition definition) => Engine.Definitions.LatestOf(definition.Id).Version == definition.Version;

    private static string Counts(WorkflowDefinition definition) => string.Create(CultureInfo.InvariantCulture,
        $"{definition.States.Count} states ({definition.States.Count(s => s.Final)} final) · {definition.Triggers.Count} triggers · " +
        $"{definition.States.Sum(s => s.Transitions.Count)} transitions · {definition.States.Sum(s => s.Tasks.Count)} tasks · " +
        $"{definition.States.Sum(s => s.Timers.Count)} timers");

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        _administrator = WorkflowActors.From(CaseActors.From(user), CaseActors.DisplayName(user));
        await LoadIncidentsAsync();
    }

    private async Task LoadIncidentsAsync()
    {
        var instances = await Engine.WithOpenIncidentsAsync();
        _incidents = instances.SelectMany(OpenIncident.Of).OrderBy(i => i.Incident.OpenedAt).ToList();
    }

    /// <summary>Runs the failed activity again as the administrator; it may fail again, which opens a new incident.</summary>
    private async Task RetryAsync(OpenIncident open)
    {
        _busy = true;
        _result = null;
        try
        {
            var retried = (await Engine.RetryIncidentAsync(open.InstanceId, open.Incident.Id, _administrator!)).Value;
            var again = retried.Incidents.FirstOrDefault(i => i.ResolvedAt is null && i.WorkKey == open.Incident.WorkKey);
            var waiting = retried.Pending.FirstOrDefault(p => p.Key == open.Incident.WorkKey && p.Attempts > 0);
            var what = $"Retried {open.Incident.Activity} on {open.SubjectReference}";
            _result = (again, waiting) switch
            {
                ({ } incident, _) => new RetryMessage(Severity.Warning, $"{what}: it failed again ({incident.Error}), so a new incident is open."),
                (null, { } work) => new RetryMessage(Severity.Warning,
                    $"{what}: it failed again ({work.LastError}). The worker tries it again with backoff and opens a new incident if it keeps failing."),
                _ => new RetryMessage(Severity.Success, $"{what}: it ran; the instance is now in '{retried.State}'."),
            };
        }
        catch (WorkflowInputException ex)
        {
            _result = new RetryMessage(Severity.Info, $"{ex.Message} Someone may have retried it already.");
        }
        catch (WorkflowInstanceNotFoundException ex)
        {
            _result = new RetryMessage(Severity.Warning, ex.Message);
        }
        finally
        {
            _busy = false;
        }

        await LoadIncidentsAsync();
    }
}
