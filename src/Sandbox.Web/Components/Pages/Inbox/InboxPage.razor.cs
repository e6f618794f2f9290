using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Sandbox.Domain.Access;
using Sandbox.Licensing.Cases;
using Sandbox.Web.Api;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Tasks;

namespace Sandbox.Web.Components.Pages.Inbox;

/// <summary>The caller's open tasks across their roles, with SLA status; each links to where the work is done.</summary>
public sealed partial class InboxPage
{
    private IReadOnlyList<WorkflowTask>? _tasks;
    private IReadOnlyList<string> _queues = [];
    private string? _queue;
    private WorkflowActor? _actor;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private WorkflowInbox Inbox { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private IEnumerable<WorkflowTask> Shown => (_tasks ?? []).Where(t => _queue is null || t.Queue == _queue);

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        _actor = WorkflowActors.From(CaseActors.From(user), CaseActors.DisplayName(user));
        _tasks = await Inbox.ForAsync(_actor);
        _queues = [.. _tasks.Select(t => t.Queue).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private void OnQueueChanged(string? queue) => _queue = queue;

    /// <summary>Misuse reports are worked on their page; applicants answer on their application, allies on the consultation, case workers on the case.</summary>
    internal static string LinkFor(WorkflowTask task) => task.Role switch
    {
        _ when task.Subject.Kind == Oversight.Misuse.MisuseIds.SubjectKind => $"/misuse/{task.Subject.Id}",
        SandboxRoles.Applicant => $"/applications/{task.Subject.Id}",
        SandboxRoles.AlliedReviewer => $"/consultations/{Uri.EscapeDataString(task.InstanceId)}",
        _ when task.Subject.Kind == "licence" => $"/licences/{task.Subject.Id}",
        _ => $"/cases/{task.Subject.Id}",
    };

    private Color SlaColor(WorkflowTask task) => task.SlaStatusAt(Time.GetUtcNow()) switch
    {
        SlaStatus.Overdue => Color.Error,
        SlaStatus.DueSoon => Color.Warning,
        SlaStatus.OnTime => Color.Success,
        _ => Color.Default,
    };

    private string SlaText(WorkflowTask task) => task.SlaStatusAt(Time.GetUtcNow()) switch
    {
        SlaStatus.Overdue => "Overdue",
        SlaStatus.DueSoon => "Due soon",
        SlaStatus.OnTime => "On time",
        _ => "No deadline",
    };
}
