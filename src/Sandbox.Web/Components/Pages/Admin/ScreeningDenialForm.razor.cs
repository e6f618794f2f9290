using Microsoft.AspNetCore.Components;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Screening;
using Sandbox.Web.Components.Pages.Applications;

namespace Sandbox.Web.Components.Pages.Admin;

/// <summary>The register form of an allied denial; <see cref="ScreeningValidationException.Errors"/> go beside their fields.</summary>
public sealed partial class ScreeningDenialForm
{
    private string? _authorityCountry;
    private string? _authorityReference;
    private string? _deniedPartyName;
    private string? _partyCountry;
    private string? _aliases;
    private string? _classificationCode;
    private string? _endUseSummary;
    private DateTime? _deniedOn;
    private DateTime? _reviewBy;
    private FieldProblems _problems = FieldProblems.None;
    private bool _busy;

    [Parameter, EditorRequired]
    public string RecordedBy { get; set; } = "";

    [Parameter]
    public EventCallback<AlliedDenial> Registered { get; set; }

    [Parameter]
    public EventCallback Cancelled { get; set; }

    [Inject]
    private AlliedDenialRegistry Registry { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override void OnInitialized() => _deniedOn = Time.GetUtcNow().UtcDateTime.Date;

    private async Task RegisterAsync()
    {
        if (_deniedOn is not { } deniedOn)
        {
            _problems = new FieldProblems([new FieldProblem("deniedOn", "Give the date of the denial.")]);
            return;
        }

        var aliases = (_aliases ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var registration = new AlliedDenialRegistration(
            _authorityCountry?.Trim().ToUpperInvariant() ?? "", _authorityReference ?? "", _deniedPartyName ?? "", aliases,
            _partyCountry?.Trim().ToUpperInvariant() ?? "", _classificationCode?.Trim() ?? "", _endUseSummary ?? "",
            DateOnly.FromDateTime(deniedOn), _reviewBy is { } reviewBy ? DateOnly.FromDateTime(reviewBy) : null);
        _busy = true;
        try
        {
            var registered = await Registry.RegisterAsync(registration, RecordedBy);
            _problems = FieldProblems.None;
            await Registered.InvokeAsync(registered.Value);
        }
        catch (ScreeningValidationException ex)
        {
            _problems = new FieldProblems(ex.Errors.SelectMany(e => e.Value.Select(m => new FieldProblem(e.Key, m))));
        }
        finally
        {
            _busy = false;
        }
    }
}
