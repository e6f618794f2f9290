using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Sandbox.Applications.Access;
using Sandbox.Applications.Reviews;
using Sandbox.Web.Api;

namespace Sandbox.Web.Components.Pages.Admin;

/// <summary>The administrator's review dashboard: what is overdue or due soon, by kind, with renewals.</summary>
public sealed partial class ReviewsPage
{
    private static readonly TableGroupDefinition<ReviewItem> ByKindGroup = new() { Selector = item => item.Kind };

    private readonly TableGroupDefinition<ReviewItem> _byKind = ByKindGroup;
    private IReadOnlyList<ReviewItem>? _items;
    private int? _dueWithinDays = ReferenceReviews.DueSoonDays;
    private ReviewItem? _selected;
    private CaseActor? _actor;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ReferenceReviews Reviews { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = CaseActors.From((await AuthenticationState).User);
        await LoadAsync();
    }

    private async Task LoadAsync() => _items = await Reviews.ListAsync(_dueWithinDays);

    private async Task ShowAsync(int? dueWithinDays)
    {
        _dueWithinDays = dueWithinDays;
        _selected = null;
        await LoadAsync();
    }

    private void Select(ReviewItem item) => _selected = item;

    private async Task OnRenewedAsync(ReviewItem renewed)
    {
        _selected = null;
        Snackbar.Add($"{renewed.Title} renewed until {renewed.ReviewBy:yyyy-MM-dd}.", Severity.Success);
        await LoadAsync();
    }

    private async Task CancelAsync()
    {
        _selected = null;
        await LoadAsync();
    }

    private int Count(ReviewDue due) => _items?.Count(item => item.Due == due) ?? 0;

    private static string RowId(string what, ReviewItem item) => $"{what}-{ReviewKinds.Slug(item.Kind)}-{item.Id}";

    private static string KindName(ReviewKind kind) => kind switch
    {
        ReviewKind.ClassificationEntry => "Classification entries",
        ReviewKind.RiskRule => "Risk rules",
        _ => "Allied denials",
    };

    private static Color DueColor(ReviewDue due) => due switch
    {
        ReviewDue.Overdue => Color.Error,
        ReviewDue.DueSoon => Color.Warning,
        _ => Color.Default,
    };

    private static string DueText(ReviewItem item) => item.Due switch
    {
        ReviewDue.Overdue => string.Create(CultureInfo.InvariantCulture, $"Lapsed {-item.DaysLeft} days ago: no longer applies"),
        _ when item.DaysLeft == 0 => "Due today",
        _ => string.Create(CultureInfo.InvariantCulture, $"Due in {item.DaysLeft} days"),
    };
}
