using Microsoft.AspNetCore.Components;
using MudBlazor;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Screening;
using Sandbox.Storage.Documents;

namespace Sandbox.Web.Components.Pages.Cases;

/// <summary>
/// Live screening of a case (<see cref="CaseAdjudication.ScreeningAsync"/>). A decision is sent with the entry hash the
/// regulator saw and, to change an earlier one, its ETag; the re-assessed case goes up through <see cref="Reassessed"/>.
/// </summary>
public sealed partial class CaseScreeningPanel
{
    private readonly Dictionary<string, HitDecision> _decisions = new(StringComparer.Ordinal);
    private CaseScreeningView? _view;
    private string? _loadedFor;
    private string? _problem;

    [Parameter, EditorRequired]
    public CaseActor Actor { get; set; } = default!;

    [Parameter, EditorRequired]
    public string ApplicationId { get; set; } = "";

    /// <summary>The case as assessed again after a decision.</summary>
    [Parameter]
    public EventCallback<Versioned<PilotApplication>> Reassessed { get; set; }

    [Inject]
    private CaseAdjudication Adjudication { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != ApplicationId)
        {
            _loadedFor = ApplicationId;
            _decisions.Clear();
            await LoadAsync();
        }
    }

    /// <summary>Every list any party was screened against, with its size (the same lists for every party).</summary>
    private static IEnumerable<ScreenedList> Lists(CaseScreeningView view) =>
        view.Parties.SelectMany(p => p.Lists).DistinctBy(l => l.ListId).OrderBy(l => l.ListId, StringComparer.Ordinal);

    private HitDecision DecisionFor(int partyIndex, ScreeningMatch hit)
    {
        var key = HitDecision.Key(partyIndex, hit.ListId, hit.EntryId);
        if (!_decisions.TryGetValue(key, out var decision))
        {
            _decisions[key] = decision = new HitDecision();
        }

        return decision;
    }

    private async Task LoadAsync()
    {
        try
        {
            _view = await Adjudication.ScreeningAsync(Actor, ApplicationId);
            _problem = null;
        }
        catch (Exception ex) when (ex is CaseForbiddenException or CaseNotFoundException or CaseStateException)
        {
            _problem = ex.Message;
        }
    }

    private async Task DecideAsync(int partyIndex, ScreeningMatch hit, AdjudicationOutcome outcome)
    {
        var decision = DecisionFor(partyIndex, hit);
        decision.Problem = null;
        if (string.IsNullOrWhiteSpace(decision.Reason))
        {
            decision.ReasonProblem = "Say why: what tells the parties apart, or what confirms the match.";
            return;
        }

        decision.ReasonProblem = null;
        decision.Busy = true;
        try
        {
            var reassessed = await Adjudication.AdjudicateAsync(Actor, ApplicationId,
                new HitAdjudication(_view?.Version, partyIndex, hit.ListId, hit.EntryId, hit.EntryHash, outcome, decision.Reason.Trim(), hit.Adjudication?.ETag));
            _decisions.Remove(HitDecision.Key(partyIndex, hit.ListId, hit.EntryId));
            Snackbar.Add($"{hit.ListedName}: recorded as {(outcome == AdjudicationOutcome.TrueMatch ? "true match" : "false positive")}.", Severity.Success);
            await Reassessed.InvokeAsync(reassessed);
            await LoadAsync();
        }
        catch (IntakeValidationException ex)
        {
            decision.ReasonProblem = Join(ex.Problems.Where(p => p.Field == "reason"));
            decision.Problem = Join(ex.Problems.Where(p => p.Field != "reason"));
        }
        catch (Exception ex) when (ex is CaseStateException or CaseForbiddenException or CaseNotFoundException)
        {
            decision.Problem = ex.Message;
        }
        finally
        {
            decision.Busy = false;
        }
    }

    private static string? Join(IEnumerable<FieldProblem> problems)
    {
        var messages = problems.Select(p => p.Message).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }
}
