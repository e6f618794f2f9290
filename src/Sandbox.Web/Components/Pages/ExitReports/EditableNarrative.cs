using Sandbox.Oversight.ExitReports;

namespace Sandbox.Web.Components.Pages.ExitReports;

/// <summary>The narrative form's fields, bound one by one; the record is immutable, the form is not.</summary>
internal sealed class EditableNarrative
{
    public string? Learned { get; set; }

    public string? Results { get; set; }

    public string? Deviations { get; set; }

    public string? DataDisposal { get; set; }

    public bool DataDisposalConfirmed { get; set; }

    public static EditableNarrative From(ExitNarrative narrative) => new()
    {
        Learned = narrative.Learned,
        Results = narrative.Results,
        Deviations = narrative.Deviations,
        DataDisposal = narrative.DataDisposal,
        DataDisposalConfirmed = narrative.DataDisposalConfirmed,
    };

    public ExitNarrative ToNarrative() => new()
    {
        Learned = Learned,
        Results = Results,
        Deviations = Deviations,
        DataDisposal = DataDisposal,
        DataDisposalConfirmed = DataDisposalConfirmed,
    };
}
