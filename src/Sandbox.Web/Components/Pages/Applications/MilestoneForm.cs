using Sandbox.Domain.Applications;

namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>A milestone as the wizard edits it.</summary>
public sealed class MilestoneForm
{
    public string? Title { get; set; }

    public string? DueOn { get; set; }

    public static MilestoneForm From(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return new() { Title = milestone.Title, DueOn = FormText.Date(milestone.DueOn) };
    }

    public Milestone ToMilestone() => new(FormText.Blank(Title), FormText.ParseDate(DueOn));
}
