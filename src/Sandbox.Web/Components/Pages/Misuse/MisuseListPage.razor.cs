using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Applications.Access;
using Sandbox.Oversight.Misuse;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Misuse;

/// <summary>Regulators' queue of reports; a holder's reports about its licences, with those the person sent.</summary>
public sealed partial class MisuseListPage
{
    private CaseActor? _actor;
    private IReadOnlyList<MisuseReport>? _reports;
    private MisuseStatus? _status;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private MisuseReports Reports { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = CaseActors.From((await AuthenticationState).User);
        await LoadAsync();
    }

    private async Task OnStatusChangedAsync(MisuseStatus? status)
    {
        _status = status;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _reports = null;
        var queue = await Reports.QueueAsync(_actor!, _status, 200);
        if (_actor!.CanReadCases)
        {
            _reports = queue;
            return;
        }

        var sent = await Reports.SentByAsync(_actor);
        _reports = [.. queue.Concat(sent.Where(s => queue.All(q => q.Id != s.Id))).OrderByDescending(r => r.ReceivedAt)];
    }
}
