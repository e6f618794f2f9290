using Microsoft.AspNetCore.Components;
using Sandbox.Applications.Access;
using Sandbox.Applications.Reviews;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Errors;
using Sandbox.Web.Components.Pages.Applications;

namespace Sandbox.Web.Components.Pages.Admin;

/// <summary>The renewal of one listed subject, sent with the ETag it was listed with.</summary>
public sealed partial class ReviewsRenewalForm
{
    private DateTime? _reviewBy;
    private string? _reason;
    private FieldProblems _problems = FieldProblems.None;
    private string? _conflict;
    private bool _busy;

    [Parameter, EditorRequired]
    public ReviewItem Item { get; set; } = default!;

    [Parameter, EditorRequired]
    public CaseActor Actor { get; set; } = default!;

    [Parameter]
    public EventCallback<ReviewItem> Renewed { get; set; }

    [Parameter]
    public EventCallback Cancelled { get; set; }

    [Inject]
    private ReferenceReviews Reviews { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>Suggests the default period from today, as a first review would give.</summary>
    protected override void OnInitialized() =>
        _reviewBy = Time.GetUtcNow().UtcDateTime.Date.AddYears(Domain.Risk.RiskRuleSet.DefaultReviewYears);

    private async Task RenewAsync()
    {
        _busy = true;
        try
        {
            var reviewBy = _reviewBy is { } date ? DateOnly.FromDateTime(date) : (DateOnly?)null;
            var renewed = await Reviews.RenewAsync(Actor, Item.Kind, Item.Id, Item.ETag, new ReviewRenewalRequest(reviewBy, _reason));
            _problems = FieldProblems.None;
            await Renewed.InvokeAsync(renewed);
        }
        catch (ReviewValidationException ex)
        {
            _problems = new FieldProblems(ex.Errors.SelectMany(e => e.Value.Select(message => new FieldProblem(e.Key, message))));
        }
        catch (DocumentConcurrencyException)
        {
            _conflict = "Someone renewed or changed this since the list was read; nothing was saved. Reload the list and review it again.";
        }
        catch (Exception ex) when (ex is ReviewNotFoundException or InvalidOperationException or CaseForbiddenException)
        {
            _conflict = ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }
}
