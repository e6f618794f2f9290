using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Applications.Access;
using Sandbox.Applications.Classification;
using Sandbox.Domain.Classification;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Admin;

/// <summary>The catalogue in force, every published version, and the editor of the next one (pre-filled from the latest).</summary>
public sealed partial class ClassificationPage
{
    private CaseActor? _actor;
    private CatalogueVersion? _inForce;
    private IReadOnlyList<CatalogueVersion>? _versions;
    private CatalogueVersion? _draftFrom;
    private CataloguePublication? _publication;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ClassificationCatalogue Catalogue { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private DateTimeOffset Now => Time.GetUtcNow();

    protected override async Task OnInitializedAsync()
    {
        _actor = CaseActors.From((await AuthenticationState).User);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _inForce = await Catalogue.InForceAsync();
        _versions = await Catalogue.ListAsync();
    }

    /// <summary>The next version starts from the latest one, which may be scheduled after the one in force.</summary>
    private void StartDraft()
    {
        _publication = null;
        _draftFrom = _versions?.MaxBy(v => v.Version) ?? _inForce;
    }

    private async Task OnPublishedAsync(CataloguePublication publication)
    {
        _publication = publication;
        _draftFrom = null;
        await LoadAsync();
    }
}
