using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Gateway;
using Sandbox.Storage.Documents;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Sandboxes;

/// <summary>The regulators' airlock queue: submitted and in-review exports across sandboxes, oldest first.</summary>
public sealed partial class AirlockPage
{
    private const int ShownRows = 500;

    private readonly Dictionary<string, string?> _reasons = [];
    private readonly Dictionary<string, string> _reasonErrors = [];
    private IReadOnlyList<Versioned<ExportRequest>>? _queue;
    private string? _message;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;


    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        // Exports of the reviewer's own organization are not theirs to see or decide.
        var organization = CaseActors.From((await AuthenticationState).User).OrganizationId;
        await using var scope = Scopes.CreateAsyncScope();
        _queue = await scope.ServiceProvider.GetRequiredService<SandboxAirlock>().ReviewQueueAsync(organization, CancellationToken.None);
        foreach (var export in _queue)
        {
            _reasons.TryAdd(export.Value.Id, null);
        }
    }

    private Task StartAsync(Versioned<ExportRequest> export) =>
        ActAsync(export, (airlock, reviewer) => airlock.StartReviewAsync(reviewer, export.Value.SandboxId, export.Value.Id, export.ETag, CancellationToken.None));

    private Task DecideAsync(Versioned<ExportRequest> export, bool approve) =>
        ActAsync(export, (airlock, reviewer) => airlock.DecideAsync(reviewer, export.Value.SandboxId, export.Value.Id, approve, _reasons.GetValueOrDefault(export.Value.Id), export.ETag, CancellationToken.None));

    private async Task ActAsync(Versioned<ExportRequest> export, Func<SandboxAirlock, ExportReviewer, Task<GatewayResult<Versioned<ExportRequest>>>> act)
    {
        var user = (await AuthenticationState).User;
        var actor = CaseActors.From(user);
        await using var scope = Scopes.CreateAsyncScope();
        var answer = await act(scope.ServiceProvider.GetRequiredService<SandboxAirlock>(), new ExportReviewer(actor.UserId, CaseActors.DisplayName(user), actor.OrganizationId));
        _reasonErrors.Remove(export.Value.Id);
        _message = null;
        if (answer.Refusal is { Problems.Count: > 0 } invalid)
        {
            _reasonErrors[export.Value.Id] = string.Join(" ", invalid.Problems.Select(p => p.Message));
        }
        else if (answer.Refusal is { } refusal)
        {
            _message = $"{refusal.Title}: {refusal.Detail}";
        }

        await LoadAsync();
    }
}
