using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Admin;

/// <summary>
/// The screening lists: their sizes, the OFAC SDN import (the file is read into memory, then handed to
/// <see cref="ScreeningListImporter"/>) with its report and history, and the allied denials.
/// </summary>
public sealed partial class ScreeningPage
{
    /// <summary>The real SDN legacy CSV is about 3 MB; 20 MB leaves room without holding a runaway upload.</summary>
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    private IReadOnlyList<ScreenedList>? _lists;
    private IReadOnlyList<ScreeningListImport>? _history;
    private ChosenFile? _file;
    private bool _allowMassRemoval;
    private bool _busy;
    private string? _importProblem;
    private ScreeningListImport? _report;
    private string _userId = "";

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ScreeningListImporter Importer { get; set; } = default!;

    [Inject]
    private ScreeningService Screening { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _userId = CaseActors.From((await AuthenticationState).User).UserId;
        await RefreshListsAsync();
    }

    private async Task RefreshListsAsync()
    {
        _lists = await Screening.ListsAsync();
        _history = await Importer.ListImportsAsync(ScreeningLists.OfacSdn);
    }

    private async Task OnFileChosenAsync(IBrowserFile? file)
    {
        _file = null;
        _importProblem = null;
        _report = null;
        if (file is null)
        {
            return;
        }

        _busy = true;
        try
        {
            (_file, _importProblem) = await ChosenFile.ReadAsync(file, MaxUploadBytes);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ImportAsync()
    {
        if (_file is not { } file)
        {
            return;
        }

        _busy = true;
        _importProblem = null;
        _report = null;
        try
        {
            using var csv = new MemoryStream(file.Bytes, writable: false);
            _report = await Importer.ImportSdnCsvAsync(csv, file.Name, _userId, _allowMassRemoval);
            _file = null;
            _allowMassRemoval = false;
            Snackbar.Add(string.Create(CultureInfo.InvariantCulture,
                $"{_report.SourceName}: {_report.Added} added, {_report.Changed} changed, {_report.Removed} removed."), Severity.Success);
            await RefreshListsAsync();
        }
        catch (ScreeningListFormatException ex)
        {
            _importProblem = $"Nothing was imported. {ex.Message}";
        }
        catch (ScreeningImportRefusedException ex)
        {
            _importProblem = $"Nothing was imported. {ex.Message}";
        }
        finally
        {
            _busy = false;
        }
    }
}
