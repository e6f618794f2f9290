using Microsoft.AspNetCore.Components;

namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>What every wizard step edits and shows: the form, and the problems the service named for its fields.</summary>
public abstract class StepBase : ComponentBase
{
    [Parameter, EditorRequired]
    public ApplicationForm Form { get; set; } = default!;

    [Parameter]
    public FieldProblems Problems { get; set; } = FieldProblems.None;

    /// <summary>Raised when a list's entries move, so the page can drop problems whose indexes no longer match.</summary>
    [Parameter]
    public EventCallback<string> ListChanged { get; set; }

    protected bool Has(string field) => Problems.Has(field);

    protected string? Text(string field) => Problems.Text(field);

    protected static string At(string list, int index, string field) => FieldPath.At(list, index, field);

    protected Task RemovedFromAsync(string list) => ListChanged.InvokeAsync(list);
}
