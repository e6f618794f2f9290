using Microsoft.AspNetCore.Components;
using MudBlazor;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Web.Components.Pages.Admin;

/// <summary>The allied denials list with its register form and withdrawal (sent with the ETag the row was read with).</summary>
public sealed partial class ScreeningDenials
{
    private IReadOnlyList<Versioned<AlliedDenial>>? _denials;
    private AlliedDenialStatus? _status = AlliedDenialStatus.Active;
    private bool _registering;
    private Versioned<AlliedDenial>? _withdrawing;
    private string? _withdrawalReason;
    private string? _withdrawalProblem;
    private bool _busy;

    /// <summary>The administrator recording denials and withdrawals.</summary>
    [Parameter, EditorRequired]
    public string RecordedBy { get; set; } = "";

    /// <summary>Raised after a denial was registered or withdrawn: the lists' sizes changed.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [Inject]
    private AlliedDenialRegistry Registry { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _denials = await Registry.ListAsync(_status);

    private async Task FilterAsync(AlliedDenialStatus? status)
    {
        _status = status;
        await LoadAsync();
    }

    private async Task OnRegisteredAsync(AlliedDenial denial)
    {
        _registering = false;
        Snackbar.Add($"{denial.AuthorityCountry} denial {denial.AuthorityReference} recorded; it is screened from now on.", Severity.Success);
        await LoadAsync();
        await Changed.InvokeAsync();
    }

    private void SelectForWithdrawal(Versioned<AlliedDenial> denial)
    {
        _withdrawing = denial;
        _withdrawalReason = null;
        _withdrawalProblem = null;
    }

    private async Task WithdrawAsync()
    {
        if (_withdrawing is not { } withdrawing)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(_withdrawalReason))
        {
            _withdrawalProblem = "Say why the denial no longer applies.";
            return;
        }

        _busy = true;
        try
        {
            await Registry.WithdrawAsync(withdrawing.Value.Id, withdrawing.ETag, _withdrawalReason, RecordedBy);
            Snackbar.Add($"Denial {withdrawing.Value.AuthorityReference} withdrawn; it is no longer screened.", Severity.Success);
            _withdrawing = null;
            await Changed.InvokeAsync();
        }
        catch (ScreeningValidationException ex)
        {
            _withdrawalProblem = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
            return;
        }
        catch (DocumentConcurrencyException)
        {
            Snackbar.Add($"Denial {withdrawing.Value.AuthorityReference} changed meanwhile; nothing was recorded. Review it again.", Severity.Warning);
            _withdrawing = null;
        }
        catch (Exception ex) when (ex is DocumentNotFoundException or InvalidOperationException)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
            _withdrawing = null;
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }
}
