using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Applications.Access;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Licences;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Licences;

/// <summary>The licences the caller may see: case readers every one, an applicant its organization's; filtered by status.</summary>
public sealed partial class LicencesPage
{
    /// <summary>Case readers get one page, newest first; the registry reads no further.</summary>
    private const int Take = 200;

    private CaseActor? _actor;
    private IReadOnlyList<PilotLicence>? _licences;
    private LicenceStatus? _status;
    private string? _forbidden;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private LicenceRegistry Registry { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private DateTimeOffset Now => Time.GetUtcNow();

    private bool IsCaseReader => _actor?.CanReadCases == true;

    protected override async Task OnInitializedAsync()
    {
        _actor = CaseActors.From((await AuthenticationState).User);
        if (!_actor.CanReadCases && !_actor.IsApplicant)
        {
            _forbidden = "Licences are shown to their holders (applicants of the holder organization), to regulators signed in with their second factor, and to auditors.";
            return;
        }

        await LoadAsync();
    }

    private async Task OnStatusChangedAsync(LicenceStatus? status)
    {
        _status = status;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _licences = null;
        if (IsCaseReader)
        {
            _licences = await Registry.ListAsync(_status, Take);
            return;
        }

        var own = await Registry.ForHolderAsync(_actor!.OrganizationId!);
        _licences = own.Where(l => _status is null || l.Status == _status).ToList();
    }
}
