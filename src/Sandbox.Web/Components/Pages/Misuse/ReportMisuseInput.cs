using System.ComponentModel.DataAnnotations;
using Sandbox.Oversight.Misuse;

namespace Sandbox.Web.Components.Pages.Misuse;

/// <summary>The report form as posted; the rules that matter are <see cref="MisuseRules"/>, checked again by the intake.</summary>
public sealed class ReportMisuseInput
{
    [Required(ErrorMessage = "Say what you suspect.")]
    public MisuseAllegation? Allegation { get; set; }

    [Required(ErrorMessage = "Describe what happened.")]
    [StringLength(MisuseRules.MaxDescription, MinimumLength = 20, ErrorMessage = "Describe what happened in 20 to 8,000 characters: what, where, when, who.")]
    public string Description { get; set; } = "";

    public string? LicenceReference { get; set; }

    public string? ReportedParty { get; set; }

    public DateTime? ObservedOn { get; set; }

    public bool Anonymous { get; set; }
}
