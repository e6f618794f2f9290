using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Licensing.Cases;
using Sandbox.Oversight.Misuse;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Misuse;

/// <summary>One report as the signed-in person may see it, and the steps they may take on it.</summary>
public sealed partial class MisuseReportPage
{
    private MisuseReportView? _view;
    private bool _missing;

    [Parameter]
    public string Id { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private MisuseReports Reports { get; set; } = default!;

    protected override Task OnParametersSetAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        var user = (await AuthenticationState).User;
        var actor = CaseActors.From(user);
        try
        {
            _view = await Reports.GetAsync(actor, WorkflowActors.From(actor, CaseActors.DisplayName(user)), Id);
            _missing = false;
        }
        catch (MisuseReportNotFoundException)
        {
            _missing = true;
        }
    }
}
