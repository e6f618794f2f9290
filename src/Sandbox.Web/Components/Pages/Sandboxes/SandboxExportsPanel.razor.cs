using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Storage.Documents;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Sandboxes;

/// <summary>Export requests of one sandbox: the requester's own with their actions, or all of them for regulators and auditors.</summary>
public sealed partial class SandboxExportsPanel
{
    private IReadOnlyList<Versioned<ExportRequest>>? _exports;
    private string? _message;

    [Parameter, EditorRequired]
    public SandboxEnvironment Sandbox { get; set; } = default!;

    [Parameter]
    public bool IsRequester { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    protected override async Task OnParametersSetAsync() => await ReloadAsync();

    public async Task ReloadAsync()
    {
        var user = (await AuthenticationState).User;
        var actor = CaseActors.From(user);
        await using var scope = Scopes.CreateAsyncScope();
        var all = await scope.ServiceProvider.GetRequiredService<SandboxAirlock>().ListAsync(Sandbox.Id, CancellationToken.None);
        _exports = [.. all.Where(e => actor.CanReadCases || e.Value.RequestedBy == actor.UserId)];
        StateHasChanged();
    }

    private Task SubmitAsync(Versioned<ExportRequest> export) =>
        MoveAsync((airlock, caller) => airlock.SubmitAsync(caller, Sandbox.Id, export.Value.Id, export.ETag, CancellationToken.None));

    private Task CancelAsync(Versioned<ExportRequest> export) =>
        MoveAsync((airlock, caller) => airlock.CancelAsync(caller, Sandbox.Id, export.Value.Id, export.ETag, CancellationToken.None));

    private async Task MoveAsync(Func<SandboxAirlock, GatewayCaller, Task<GatewayResult<Versioned<ExportRequest>>>> move)
    {
        var caller = GatewayCaller.InPerson((await AuthenticationState).User);
        await using var scope = Scopes.CreateAsyncScope();
        var answer = await move(scope.ServiceProvider.GetRequiredService<SandboxAirlock>(), caller);
        _message = answer.Refusal is { } refusal ? $"{refusal.Title}: {refusal.Detail}" : null;
        await ReloadAsync();
    }
}
