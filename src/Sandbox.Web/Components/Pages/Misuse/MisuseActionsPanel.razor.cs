using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Licensing;
using Sandbox.Oversight.Misuse;
using Sandbox.Web.Api;
using Sandbox.Web.Components.Pages.Applications;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Components.Pages.Misuse;

/// <summary>The steps open to this person, each asking for what it needs; the service's problems show beside the fields.</summary>
public sealed partial class MisuseActionsPanel
{
    private static readonly HashSet<string> Holder = ["ask-holder", "no-action", "warn", "add-conditions", "suspend", "revoke"];

    private PermittedTrigger? _chosen;
    private FieldProblems _problems = FieldProblems.None;
    private string? _failure;
    private bool _busy;
    private string? _reason;
    private MisuseSeverity? _severity;
    private string? _licenceReference;
    private string? _deniedFields;
    private int? _maxRows;
    private int? _queriesPerDay;
    private int? _minimumCellSize;
    private bool _aggregateOnly;
    private string? _narrative;

    [Parameter, EditorRequired]
    public MisuseReportView View { get; set; } = default!;

    [Parameter]
    public EventCallback OnActed { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private MisuseActions Actions { get; set; } = default!;

    private IReadOnlyList<PermittedTrigger> Open => View.Actions.Where(a => a.Permitted).ToList();

    private IReadOnlyList<PermittedTrigger> Closed => View.Actions.Where(a => !a.Permitted).ToList();

    private static bool Severe(string trigger) => trigger is "suspend" or "revoke";

    private static bool ToHolder(string trigger) => Holder.Contains(trigger);

    private void Choose(PermittedTrigger action)
    {
        _chosen = action;
        _problems = FieldProblems.None;
        _failure = null;
        _licenceReference ??= View.Report.LicenceReference ?? View.Report.ReportedLicenceReference;
    }

    private async Task ConfirmAsync()
    {
        var user = (await AuthenticationState).User;
        _busy = true;
        _failure = null;
        try
        {
            await Actions.ActAsync(CaseActors.From(user), CaseActors.DisplayName(user), View.Report.Id, _chosen!.Trigger, Decision(), View.ETag);
            _chosen = null;
            _reason = null;
            _problems = FieldProblems.None;
            await OnActed.InvokeAsync();
        }
        catch (IntakeValidationException ex)
        {
            _problems = new FieldProblems(ex.Problems);
        }
        catch (TriggerNotPermittedException ex)
        {
            _failure = $"Not possible now: {string.Join("; ", ex.Reasons)}.";
        }
        catch (WorkflowConcurrencyException)
        {
            _failure = "Someone acted on this report since you opened it; it has been reloaded. Check it and try again.";
            await OnActed.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private MisuseDecision Decision() => _chosen!.Trigger switch
    {
        "triage" => new MisuseDecision(_reason, _severity, string.IsNullOrWhiteSpace(_licenceReference) ? null : _licenceReference),
        "add-conditions" => new MisuseDecision(_reason, AddedConditions: new LicenceConditions
        {
            DeniedFields = (_deniedFields ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            MaxRowsPerQuery = _maxRows,
            QueriesPerDay = _queriesPerDay,
            MinimumCellSize = _minimumCellSize,
            AggregateOnly = _aggregateOnly,
            Narrative = string.IsNullOrWhiteSpace(_narrative) ? [] : [_narrative.Trim()],
        }),
        _ => new MisuseDecision(_reason),
    };
}
