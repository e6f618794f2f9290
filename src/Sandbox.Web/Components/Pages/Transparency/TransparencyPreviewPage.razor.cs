using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Domain.Access;
using Sandbox.Oversight.Transparency;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Transparency;

public sealed partial class TransparencyPreviewPage
{
    private DateOnly _today;
    private IReadOnlyDictionary<string, string[]> _periodProblems = new Dictionary<string, string[]>();
    private ReportPeriod? _period;
    private TransparencyReport? _exact;
    private bool _busy;
    private bool _asPublished;
    private bool _isSenior;
    private bool _newRevision;
    private string? _reason;
    private string? _reasonProblem;
    private string? _publishProblem;
    private string? _publishedId;
    private string _userId = "";
    private string _userName = "";

    [Inject]
    private TransparencyReports Reports { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        if (AuthenticationState is not null)
        {
            var user = (await AuthenticationState).User;
            var actor = CaseActors.From(user);
            _isSenior = actor.Roles.Contains(SandboxRoles.SeniorRegulator);
            (_userId, _userName) = (actor.UserId, CaseActors.DisplayName(user));
        }
    }

    private async Task PreviewAsync(PeriodRequest request)
    {
        (_publishProblem, _publishedId, _reasonProblem) = (null, null, null);
        _period = Reports.Period(request, out _periodProblems);
        if (_period is null)
        {
            _exact = null;
            return;
        }

        _busy = true;
        try
        {
            _exact = await Reports.PreviewAsync(_period);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task PublishAsync()
    {
        (_publishProblem, _publishedId, _reasonProblem) = (null, null, null);
        if (_period is null || !_isSenior)
        {
            return;
        }

        _busy = true;
        try
        {
            _publishedId = (await Reports.PublishAsync(_period, _userId, _userName, _newRevision, _reason)).Id;
        }
        catch (TransparencyPublishException ex) when (ex.Problem == PublishProblem.ReasonRequired)
        {
            _reasonProblem = ex.Message;
        }
        catch (TransparencyPublishException ex)
        {
            _publishProblem = ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }
}
