using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Applications.Access;
using Sandbox.Licensing.Cases;
using Sandbox.Web.Api;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Components.Pages.Consultations;

/// <summary>An allied authority answers a consultation: what resembles its denial, and no objection or an objection with reasons.</summary>
public sealed partial class ConsultationPage
{
    private CaseActor? _actor;
    private string _name = "";
    private WorkflowInstance? _instance;
    private string? _etag;
    private IReadOnlyList<PermittedTrigger> _actions = [];
    private string? _reason;
    private string? _problem;
    private string? _error;
    private string? _answered;
    private bool _busy;

    [Parameter]
    public string InstanceId { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private LicensingCases Cases { get; set; } = default!;

    [Inject]
    private WorkflowEngine Engine { get; set; } = default!;

    private string StateLabel => _instance is null ? "" : Engine.DefinitionOf(_instance).State(_instance.State).Label;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _actor = CaseActors.From(user);
        _name = CaseActors.DisplayName(user);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            var visible = await Cases.VisibleAsync(_actor!, InstanceId);
            if (visible.Value.DefinitionId != CaseDefinitions.AlliedConsultation)
            {
                throw new WorkflowInstanceNotFoundException(InstanceId);
            }

            _instance = visible.Value;
            _etag = visible.ETag;
            _actions = await Engine.PermittedAsync(InstanceId, WorkflowActors.From(_actor!, _name));
            var answer = _instance.History.LastOrDefault(h => h.Trigger is "no-objection" or "objection");
            _answered = answer is null ? (_instance.Completed ? $"Closed: {StateLabel}." : null) : $"Answered '{answer.Trigger}' by {answer.ActorName} on {answer.At:yyyy-MM-dd}. {answer.Reason}";
        }
        catch (WorkflowInstanceNotFoundException)
        {
            _error = "There is no consultation with this address for your authority.";
        }
    }

    private string? Text(string key) => _instance?.Data[key] is JsonValue value ? value.ToString() : null;

    private string List(string key) =>
        _instance?.Data[key] is JsonArray list && list.Count > 0 ? string.Join(", ", list.Select(v => v?.ToString())) : "—";

    private async Task AnswerAsync(string trigger)
    {
        _busy = true;
        _problem = null;
        try
        {
            await Cases.ActAsync(_actor!, _name, InstanceId, trigger, _reason, _etag!);
            await LoadAsync();
        }
        catch (WorkflowInputException e)
        {
            _problem = e.Message;
        }
        catch (Exception e) when (e is TriggerNotPermittedException or WorkflowConcurrencyException)
        {
            _error = e.Message;
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
