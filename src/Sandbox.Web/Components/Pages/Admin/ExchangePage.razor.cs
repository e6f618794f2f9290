using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Sandbox.Domain.Screening;
using Sandbox.Licensing.Exchange;
using Sandbox.Storage.Errors;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Admin;

/// <summary>
/// The allied exchange for administrators: the export downloaded from <c>/api/allies/exchange</c> (audited there), an
/// ally's document imported through <see cref="AlliedExchangeImporter"/> with its problems by path or its counts, and
/// what allies sent (<see cref="ImportedRecordsList"/>).
/// </summary>
public sealed partial class ExchangePage
{
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    private DateTime? _since;
    private int _version = AlliedExchangeFormat.Version;
    private ChosenFile? _file;
    private bool _busy;
    private ExchangeImportResult? _result;
    private IReadOnlyList<ExchangeProblem> _problems = [];
    private IReadOnlyList<ImportedDenial>? _denials;
    private IReadOnlyList<ImportedCaseStudy>? _caseStudies;
    private string _userId = "";

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private AlliedExchangeImporter Importer { get; set; } = default!;

    [Inject]
    private ImportedRecordsList Imported { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private string ExportHref
    {
        get
        {
            var query = new List<string> { string.Create(CultureInfo.InvariantCulture, $"version={_version}") };
            if (_since is { } since)
            {
                query.Add("since=" + since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            return "/api/allies/exchange?" + string.Join("&", query);
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _userId = CaseActors.From((await AuthenticationState).User).UserId;
        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        _denials = await Imported.DenialsAsync();
        _caseStudies = await Imported.CaseStudiesAsync();
    }

    private async Task OnFileChosenAsync(IBrowserFile? file)
    {
        _file = null;
        _result = null;
        _problems = [];
        if (file is null)
        {
            return;
        }

        _busy = true;
        try
        {
            (_file, var problem) = await ChosenFile.ReadAsync(file, MaxUploadBytes);
            _problems = problem is null ? [] : [new ExchangeProblem("", problem)];
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
        _result = null;
        _problems = [];
        try
        {
            using var json = JsonDocument.Parse(file.Bytes);
            _result = await Importer.ImportAsync(json.RootElement, _userId);
            _file = null;
            Snackbar.Add(string.Create(CultureInfo.InvariantCulture, $"{file.Name}: {_result.Added} added, {_result.Updated} changed, {_result.Unchanged} unchanged."), Severity.Success);
            await RefreshAsync();
        }
        catch (JsonException ex)
        {
            _problems = [new ExchangeProblem("", $"The file is not JSON: {ex.Message}")];
        }
        catch (ExchangeSchemaException ex)
        {
            _problems = ex.Problems;
        }
        catch (ScreeningValidationException ex)
        {
            _problems = [.. ex.Errors.SelectMany(e => e.Value.Select(message => new ExchangeProblem(e.Key, message)))];
        }
        catch (DocumentConcurrencyException)
        {
            _problems = [new ExchangeProblem("", "A record changed while it was imported; import the file again.")];
        }
        finally
        {
            _busy = false;
        }
    }
}
