using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Web.Api;
using Sandbox.Web.Components.Pages.Applications;

namespace Sandbox.Web.Components.Pages.Cases;

/// <summary>
/// The regulator queue: one page of cases at a time from the store, filtered and sorted by the store,
/// moving on with continuation tokens (never counting or skipping), so it stays fast at any size.
/// </summary>
public sealed partial class CaseQueuePage
{
    public const int PageSize = 50;

    private readonly PageTokens _tokens = new();
    private CaseActor? _actor;
    private IReadOnlyList<PilotApplication> _rows = [];
    private string? _next;
    private bool _loading = true;
    private string? _forbidden;

    private int? _tier;
    private ApplicationStatus? _status;
    private EndUseCategory? _category;
    private ScreeningStatus? _screening;
    private bool? _expedited;
    private bool? _reReview;
    private string? _dueBefore;
    private ApplicationSort _sort = ApplicationSort.SlaDue;
    private ApplicationFilter _applied = new() { PageSize = PageSize };

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private PilotApplications Applications { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private DateTimeOffset Now => Time.GetUtcNow();

    protected override async Task OnInitializedAsync()
    {
        _actor = CaseActors.From((await AuthenticationState).User);
        if (!_actor.CanReadCases)
        {
            _forbidden = "The case queue is for regulators (signed in with their second factor) and auditors.";
            return;
        }

        await LoadAsync();
    }

    private async Task ApplyAsync()
    {
        _applied = new ApplicationFilter
        {
            Tier = _tier,
            Status = _status,
            Category = _category,
            Screening = _screening,
            Expedited = _expedited,
            NeedsReReview = _reReview,
            DueBefore = FormText.ParseDate(_dueBefore) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            Sort = _sort,
            PageSize = PageSize,
        };
        _tokens.Reset();
        await LoadAsync();
    }

    private async Task ClearAsync()
    {
        (_tier, _status, _category, _screening, _expedited, _reReview, _dueBefore, _sort) = (null, null, null, null, null, null, null, ApplicationSort.SlaDue);
        await ApplyAsync();
    }

    private async Task NextAsync()
    {
        if (_next is { } next)
        {
            _tokens.Forward(next);
            await LoadAsync();
        }
    }

    private async Task PreviousAsync()
    {
        _tokens.Back();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loading = true;
        try
        {
            var page = await Applications.ListAsync(_actor!, _applied with { ContinuationToken = _tokens.Current });
            _rows = page.Items.Select(i => i.Value).ToList();
            _next = page.ContinuationToken;
        }
        finally
        {
            _loading = false;
        }
    }

    private static string SortLabel(ApplicationSort sort) => sort switch
    {
        ApplicationSort.SlaDue => "Deadline, soonest first",
        ApplicationSort.SlaDueDescending => "Deadline, latest first",
        ApplicationSort.SubmittedNewest => "Submitted, newest first",
        ApplicationSort.SubmittedOldest => "Submitted, oldest first",
        ApplicationSort.TierHighest => "Tier, highest first",
        ApplicationSort.TierLowest => "Tier, lowest first",
        ApplicationSort.UpdatedNewest => "Updated, newest first",
        ApplicationSort.Reference => "Reference",
        _ => sort.ToString(),
    };
}
