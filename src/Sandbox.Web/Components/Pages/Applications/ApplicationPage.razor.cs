using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Sandbox.Applications.Access;
using Sandbox.Applications.Classification;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Templates;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Access;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>
/// The application wizard, and the submitted application with its versions. The draft is saved on every
/// step change with the ETag this page read; a stale ETag is reported and never overwrites.
/// </summary>
public sealed partial class ApplicationPage
{
    private CaseActor? _actor;
    private bool _offerExpedited;
    private CatalogueVersion? _catalogue;
    private PilotApplication? _application;
    private string? _etag;
    private ApplicationContent _saved = ApplicationContent.Empty;
    private ApplicationForm _form = new();
    private int _step;
    private FieldProblems _problems = FieldProblems.None;
    private IReadOnlyList<FieldChange>? _pending;
    private ApplicationVersion? _latest;
    private bool _loading = true;
    private bool _busy;
    private bool _stale;
    private string? _error;

    [Parameter]
    public string? Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private PilotApplications Applications { get; set; } = default!;

    [Inject]
    private ClassificationCatalogue Catalogue { get; set; } = default!;

    [Inject]
    private SandboxTemplateCatalog Templates { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private CaseActor Actor => _actor ?? throw new InvalidOperationException("The page has not read the signed-in user yet.");

    private WizardStep Current => WizardSteps.All[_step];

    /// <summary>A new application, or one with a working draft (never submitted, or being amended).</summary>
    private bool IsEditing => _application is null || (_application.Draft is not null && _application.Status != ApplicationStatus.Withdrawn);

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        _actor = CaseActors.From(user);
        _offerExpedited = user.FindFirst(SandboxClaimTypes.OrganizationType)?.Value == nameof(OrganizationType.HumanitarianOrganization);
        _catalogue = await Catalogue.InForceAsync();
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Id is null)
        {
            _loading = false;
            return;
        }

        if (Id == _application?.Id)
        {
            return;
        }

        try
        {
            await ApplyAsync(await Applications.GetAsync(Actor, Id));
        }
        catch (CaseNotFoundException)
        {
            _error = "There is no application with this address that your organization can see.";
        }

        _loading = false;
    }

    private async Task ApplyAsync(Versioned<PilotApplication> read)
    {
        _application = read.Value;
        _etag = read.ETag;
        _latest = null;
        _pending = null;
        if (read.Value.Draft is { } draft)
        {
            _saved = draft;
            _form = ApplicationForm.From(draft);
        }

        if (read.Value.VersionCount > 0)
        {
            if (read.Value.HasPendingAmendment)
            {
                _pending = await Applications.DiffAsync(Actor, read.Value.Id, read.Value.VersionCount, null);
            }
            else
            {
                _latest = await Applications.GetVersionAsync(Actor, read.Value.Id, read.Value.VersionCount);
            }
        }
    }

    private async Task GoToAsync(int step)
    {
        if (step < 0 || step >= WizardSteps.All.Count)
        {
            return;
        }

        if (await SaveAsync())
        {
            _step = step;
        }
        else if (!_stale && _problems.Any)
        {
            _step = WizardSteps.For(_problems.All[0].Field).Index;
        }
    }

    /// <summary>Drops the unsaved edits and reads the application as it is stored now.</summary>
    private async Task ReloadAsync()
    {
        if (_application is not { } application)
        {
            return;
        }

        _stale = false;
        _problems = FieldProblems.None;
        await ApplyAsync(await Applications.GetAsync(Actor, application.Id));
    }

    private void OnListChanged(string list) => _problems = _problems.WithoutList(list);
}
