using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Applications.Access;
using Sandbox.Provisioning.Environments;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Sandboxes;

/// <summary>The sandboxes the caller may see: regulators and auditors every one, an applicant its organization's.</summary>
public sealed partial class SandboxesPage
{
    private CaseActor? _actor;
    private IReadOnlyList<SandboxEnvironment>? _sandboxes;
    private string? _forbidden;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private SandboxEnvironments Environments { get; set; } = default!;

    private bool IsCaseReader => _actor?.CanReadCases == true;

    protected override async Task OnInitializedAsync()
    {
        _actor = CaseActors.From((await AuthenticationState).User);
        if (!_actor.CanReadCases && !_actor.IsApplicant)
        {
            _forbidden = "Sandboxes are shown to their holders (applicants of the holder organization), to regulators signed in with their second factor, and to auditors.";
            return;
        }

        _sandboxes = _actor.CanReadCases ? await Environments.ListAsync(200) : await Environments.ForHolderAsync(_actor.OrganizationId!);
    }
}
