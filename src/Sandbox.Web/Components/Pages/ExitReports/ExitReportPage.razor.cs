using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Licensing.Licences;
using Sandbox.Oversight.ExitReports;
using Sandbox.Oversight.Proofs;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Web.Api;
using Sandbox.Web.Components.Pages.Applications;

namespace Sandbox.Web.Components.Pages.ExitReports;

/// <summary>
/// A licence's exit report: the facts for everyone who may read it; the narrative form for the holder while it is a
/// draft or returned; accept and return for a regulator outside the holder; consent and approval of publication. Each
/// step carries the ETag read with the page; a stale one reloads the page with a notice.
/// </summary>
public sealed partial class ExitReportPage
{
    private CaseActor? _actor;
    private ExitReport? _report;
    private string? _etag;
    private EditableNarrative _narrative = new();
    private HolderNaming _naming = HolderNaming.Generalized;
    private string? _reason;
    private FieldProblems _problems = FieldProblems.None;
    private string? _error;
    private string? _problem;
    private string? _message;
    private bool _canAssemble;
    private bool _loaded;
    private bool _busy;

    [Parameter]
    public string Id { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ExitReportService Reports { get; set; } = default!;

    [Inject]
    private LicenceActions Licences { get; set; } = default!;

    [Inject]
    private ActivityProofs Proofs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool IsHolder => _actor is { IsApplicant: true } actor && _report is { } report && actor.BelongsTo(report.HolderOrganizationId);

    private bool IsIndependentRegulator => _actor is { CanWorkCases: true } actor && _report is { } report && !actor.BelongsTo(report.HolderOrganizationId);

    private bool MayEdit => IsHolder && _report!.Status is ExitReportStatus.Draft or ExitReportStatus.Returned;

    internal static Color StatusColor(ExitReportStatus status) => status switch
    {
        ExitReportStatus.Accepted => Color.Success,
        ExitReportStatus.Submitted => Color.Info,
        ExitReportStatus.Returned => Color.Warning,
        _ => Color.Default,
    };

    protected override async Task OnParametersSetAsync()
    {
        _actor = CaseActors.From((await AuthenticationState).User);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            Show(await Reports.GetAsync(_actor!, Id));
        }
        catch (ExitReportNotFoundException)
        {
            _report = null;
            try
            {
                var licence = (await Licences.GetAsync(_actor!, Id)).Value;
                _canAssemble = ExitReportAssembler.HasEnded(licence.Status)
                    && ((_actor!.IsApplicant && _actor.BelongsTo(licence.HolderOrganizationId)) || (_actor.CanWorkCases && !_actor.BelongsTo(licence.HolderOrganizationId)));
            }
            catch (CaseNotFoundException)
            {
                _error = $"There is no licence '{Id}' you can see.";
            }
        }

        _loaded = true;
    }

    private void Show(Versioned<ExitReport> report)
    {
        _report = report.Value;
        _etag = report.ETag;
        _narrative = EditableNarrative.From(report.Value.Narrative);
        _naming = report.Value.Consent?.Naming ?? HolderNaming.Generalized;
    }

    private Task AssembleAsync() => RunAsync("The exit report was assembled from the records.", async () => Show((await Reports.AssembleAsync(_actor!, Id)).Report));

    private Task SaveAsync() => RunAsync("Saved.", async () => Show(await Reports.SaveNarrativeAsync(_actor!, Id, _etag!, _narrative.ToNarrative())));

    private Task SubmitAsync() => RunAsync("Submitted to the regulator.", async () =>
    {
        var saved = await Reports.SaveNarrativeAsync(_actor!, Id, _etag!, _narrative.ToNarrative());
        Show(saved);
        Show(await Reports.SubmitAsync(_actor!, Id, saved.ETag));
    });

    private Task AcceptAsync() => RunAsync("Accepted.", async () => Show(await Reports.AcceptAsync(_actor!, Id, _etag!)));

    private Task ReturnAsync() => RunAsync("Returned to the holder.", async () => Show(await Reports.ReturnAsync(_actor!, Id, _etag!, _reason)));

    private Task ConsentAsync(bool give) => RunAsync(give ? "Your consent to publish is recorded." : "Your consent is withdrawn.",
        async () => Show(await Reports.ConsentAsync(_actor!, Id, _etag!, give, _naming)));

    private Task ApproveAsync() => RunAsync("Publication approved.", async () => Show(await Reports.ApprovePublicationAsync(_actor!, Id, _etag!)));

    private Task RequestProofAsync() => RunAsync(null, async () => Navigation.NavigateTo($"/proofs/{(await Proofs.RequestAsync(_actor!, Id)).Id}"));

    private async Task RunAsync(string? done, Func<Task> step)
    {
        _busy = true;
        _problem = _message = null;
        _problems = FieldProblems.None;
        try
        {
            await step();
            _message = done;
        }
        catch (IntakeValidationException ex)
        {
            _problems = new FieldProblems(ex.Problems);
            _problem = "Some fields need attention; each says what to fix.";
        }
        catch (Exception ex) when (ex is CaseForbiddenException or CaseStateException)
        {
            _problem = ex.Message;
        }
        catch (DocumentConcurrencyException)
        {
            await LoadAsync();
            _message = "Someone changed this report since you opened it; it has been reloaded. Check it and try again.";
        }
        finally
        {
            _busy = false;
        }
    }
}
