using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Templates;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Licences;
using Sandbox.Web.Api;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Components.Pages.Licences;

/// <summary>
/// One licence, laid out to print: its terms, conditions, decision and history, and the lifecycle actions the caller
/// may take. Every action carries the lifecycle ETag read with the page, so an action on a licence someone else has
/// changed meanwhile is refused and the page reloads instead.
/// </summary>
public sealed partial class LicencePage
{
    private CaseActor? _actor;
    private string _actorName = "";
    private PilotLicence? _licence;
    private string? _etag;
    private string? _lifecycleState;
    private IReadOnlyList<PermittedTrigger> _actions = [];
    private string? _error;
    private string? _stale;
    private string? _done;
    private string? _problem;
    private bool _busy;

    [Parameter]
    public string Id { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private LicenceActions Licences { get; set; } = default!;

    [Inject]
    private WorkflowEngine Engine { get; set; } = default!;

    [Inject]
    private SandboxTemplateCatalog Templates { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private DateTimeOffset Now => Time.GetUtcNow();

    private bool IsCaseReader => _actor?.CanReadCases == true;

    /// <summary>Case readers open the case; the holder opens its own application.</summary>
    private string ApplicationHref(PilotLicence licence) => IsCaseReader ? $"/cases/{licence.ApplicationId}" : $"/applications/{licence.ApplicationId}";

    private string TemplateName(PilotLicence licence) => Templates.Find(licence.TemplateId) is { } template ? $"{template.Name} ({template.Id})" : licence.TemplateId;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _actor = CaseActors.From(user);
        _actorName = CaseActors.DisplayName(user);
        _stale = _done = _problem = null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _licence = (await Licences.GetAsync(_actor!, Id)).Value;
            _error = null;
        }
        catch (CaseNotFoundException)
        {
            _licence = null;
            _error = "There is no licence with this address that you can see.";
            return;
        }

        try
        {
            var lifecycle = await Licences.LifecycleAsync(_actor!, Id);
            _etag = lifecycle.ETag;
            _lifecycleState = Engine.DefinitionOf(lifecycle.Value).State(lifecycle.Value.State).Label;
            _actions = await Licences.PermittedAsync(_actor!, _actorName, Id);
        }
        catch (WorkflowInstanceNotFoundException)
        {
            (_etag, _lifecycleState, _actions) = (null, null, []);
        }
    }

    /// <summary>Triggers that need nothing more fire at once; the others ask for a reason (and an extension for its end date) first.</summary>
    private async Task ActAsync(PermittedTrigger action)
    {
        if (_licence is not { } licence)
        {
            return;
        }

        _stale = _done = _problem = null;
        LicenceActionResult result;
        if (!action.ReasonRequired && action.Trigger != LicenceActions.RequestExtension)
        {
            _busy = true;
            try
            {
                result = await FireAsync(action.Trigger, reason: null, requestedValidTo: null);
            }
            finally
            {
                _busy = false;
            }
        }
        else
        {
            var parameters = new DialogParameters<LicenceActionDialog>
            {
                { d => d.Action, action },
                { d => d.Licence, licence },
                { d => d.Submit, (reason, requestedValidTo) => FireAsync(action.Trigger, reason, requestedValidTo) },
            };
            var dialog = await Dialogs.ShowAsync<LicenceActionDialog>($"{action.Label}: {licence.Reference}", parameters);
            if (await dialog.Result is not { Canceled: false, Data: LicenceActionResult chosen })
            {
                return;
            }

            result = chosen;
        }

        await ShowAsync(action, result);
    }

    private async Task ShowAsync(PermittedTrigger action, LicenceActionResult result)
    {
        switch (result.Outcome)
        {
            case LicenceActionOutcome.Stale:
                _stale = "This licence was changed by someone else — reloaded. Check its state and act again if you still need to.";
                await LoadAsync();
                break;
            case LicenceActionOutcome.Refused:
                _problem = string.Join(" ", result.Problems.Select(p => p.Message));
                break;
            default:
                await LoadAsync();
                var status = _licence?.Status.ToString() ?? "changed";
                _done = $"{action.Label}: done. The licence is {status}" + (_lifecycleState is { } state && state != status ? $" ({state})." : ".");
                break;
        }
    }

    /// <summary>The one place an action reaches the service; its refusals come back as problems by field.</summary>
    private async Task<LicenceActionResult> FireAsync(string trigger, string? reason, DateTimeOffset? requestedValidTo)
    {
        if (_etag is not { } etag)
        {
            return LicenceActionResult.Refused([new FieldProblem("trigger", "This licence has no lifecycle to act on yet; reload the page in a moment.")]);
        }

        try
        {
            await Licences.ActAsync(_actor!, _actorName, Id, trigger, reason, requestedValidTo, etag);
            return LicenceActionResult.Done;
        }
        catch (WorkflowInputException ex)
        {
            return LicenceActionResult.Refused([new FieldProblem(ex.Field, ex.Message)]);
        }
        catch (IntakeValidationException ex)
        {
            return LicenceActionResult.Refused(ex.Problems);
        }
        catch (TriggerNotPermittedException ex)
        {
            return LicenceActionResult.Refused([new FieldProblem("trigger", $"Not permitted now: {string.Join("; ", ex.Reasons)}.")]);
        }
        catch (WorkflowConcurrencyException)
        {
            return LicenceActionResult.Stale;
        }
    }
}
