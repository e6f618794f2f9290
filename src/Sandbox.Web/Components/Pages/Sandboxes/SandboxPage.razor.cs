using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Sandboxes;

/// <summary>One sandbox: its state, enforced conditions, datasets, credentials (once, to a named researcher), queries, exports and history.</summary>
public sealed partial class SandboxPage
{
    private SandboxEnvironment? _sandbox;
    private bool _loaded;
    private bool _credentialsWaiting;
    private int _queriesToday;
    private (string ClientId, string Secret)? _credentials;
    private string _userId = string.Empty;
    private SandboxExportsPanel? _exports;

    [Parameter]
    public string Id { get; set; } = string.Empty;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private SandboxEnvironments Environments { get; set; } = default!;

    [Inject]
    private SandboxCredentialVault Vault { get; set; } = default!;

    [Inject]
    private QueryQuota Quota { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool IsNamedResearcher => _sandbox?.NamedResearchers.Contains(_userId, StringComparer.Ordinal) == true;

    private int DailyLimit => _sandbox is null ? 0 : SandboxGateway.DailyLimit(_sandbox);

    private IEnumerable<string> Scopes => _sandbox is null ? [] : SandboxClients.ScopesOf(_sandbox);

    private string TokenEndpoint => Navigation.ToAbsoluteUri("/connect/token").ToString();

    protected override async Task OnParametersSetAsync() => await ReloadAsync();

    private async Task ReloadAsync()
    {
        var user = (await AuthenticationState).User;
        _userId = CaseActors.From(user).UserId;
        _sandbox = await SandboxesApi.VisibleAsync(Id, user, Environments, CancellationToken.None);
        _loaded = true;
        if (_sandbox is not null)
        {
            _credentialsWaiting = await Vault.IsWaitingAsync(_sandbox, CancellationToken.None);
            _queriesToday = await Quota.UsedTodayAsync(_sandbox.Id, CancellationToken.None);
        }

        if (_exports is not null)
        {
            await _exports.ReloadAsync();
        }
    }

    private async Task ShowCredentialsAsync()
    {
        if (_sandbox is null)
        {
            return;
        }

        _credentials = await Vault.ShowOnceAsync(_sandbox, _userId, CancellationToken.None);
        _credentialsWaiting = false;
    }
}
