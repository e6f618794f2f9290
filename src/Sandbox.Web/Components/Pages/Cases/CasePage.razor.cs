using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Cases;

/// <summary>One case as the regulator reads it: summary, risk breakdown, live screening with adjudication, content, versions and notes.</summary>
public sealed partial class CasePage
{
    private CaseActor? _actor;
    private string _authorName = "";
    private PilotApplication? _application;
    private ApplicationVersion? _latest;
    private string? _error;

    [Parameter]
    public string Id { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private PilotApplications Applications { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private DateTimeOffset Now => Time.GetUtcNow();

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _actor = CaseActors.From(user);
        _authorName = CaseActors.DisplayName(user);
        if (!_actor.CanReadCases)
        {
            _error = "Cases are for regulators (signed in with their second factor) and auditors.";
            return;
        }

        try
        {
            _application = (await Applications.GetAsync(_actor, Id)).Value;
            _latest = await Applications.GetVersionAsync(_actor, Id, _application.VersionCount);
            _error = null;
        }
        catch (CaseNotFoundException)
        {
            _error = "There is no submitted case with this address.";
        }
    }

    /// <summary>A decision re-assessed the case: the header chips and the risk breakdown show the new tier and screening status.</summary>
    private void OnReassessed(Versioned<PilotApplication> reassessed) => _application = reassessed.Value;
}
