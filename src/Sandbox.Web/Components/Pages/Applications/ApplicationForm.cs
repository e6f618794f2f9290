using Sandbox.Domain.Applications;

namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>
/// The application as the wizard edits it: mutable, so inputs can bind to it. <see cref="ToContent"/> turns it
/// back into the immutable <see cref="ApplicationContent"/> the service saves; blank text saves as absent.
/// </summary>
public sealed class ApplicationForm
{
    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public string? Title { get; set; }

    public string? Objectives { get; set; }

    public string? Methodology { get; set; }

    public string? StartOn { get; set; }

    public List<MilestoneForm> Milestones { get; } = [];

    public List<TechnologyItemForm> TechnologyItems { get; } = [];

    public EndUseCategory? EndUseCategory { get; set; }

    public string? EndUseDescription { get; set; }

    public List<PartyForm> Parties { get; } = [];

    public DeploymentContext? Deployment { get; set; }

    public List<DataCategory> DataCategories { get; } = [];

    public string? PopulationDescription { get; set; }

    public int? EstimatedPeople { get; set; }

    public List<VulnerableGroup> VulnerableGroups { get; } = [];

    public List<Safeguard> Measures { get; } = [];

    public string? InformedConsentPlan { get; set; }

    public string? SafeguardNotes { get; set; }

    public int? RequestedDurationDays { get; set; }

    public string? SandboxTemplateId { get; set; }

    public bool RequestExpedited { get; set; }

    public string? ExpeditedJustification { get; set; }

    /// <summary>Kept as they are; the wizard does not edit attachments yet.</summary>
    public IReadOnlyList<AttachmentReference> Attachments { get; private set; } = [];

    public static ApplicationForm From(ApplicationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var form = new ApplicationForm
        {
            ContactName = content.Contact?.Name,
            ContactEmail = content.Contact?.Email,
            ContactPhone = content.Contact?.Phone,
            Title = content.Plan?.Title,
            Objectives = content.Plan?.Objectives,
            Methodology = content.Plan?.Methodology,
            StartOn = FormText.Date(content.Plan?.StartOn),
            EndUseCategory = content.EndUse?.Category,
            EndUseDescription = content.EndUse?.Description,
            Deployment = content.Deployment,
            PopulationDescription = content.AffectedPopulations?.Description,
            EstimatedPeople = content.AffectedPopulations?.EstimatedPeople,
            InformedConsentPlan = content.Safeguards?.InformedConsentPlan,
            SafeguardNotes = content.Safeguards?.Notes,
            RequestedDurationDays = content.RequestedDurationDays,
            SandboxTemplateId = content.SandboxTemplateId,
            RequestExpedited = content.Expedited is not null,
            ExpeditedJustification = content.Expedited?.Justification,
            Attachments = content.Attachments,
        };
        form.Milestones.AddRange((content.Plan?.Milestones ?? []).Select(MilestoneForm.From));
        form.TechnologyItems.AddRange(content.TechnologyItems.Select(TechnologyItemForm.From));
        form.Parties.AddRange(content.Parties.Select(PartyForm.From));
        form.DataCategories.AddRange(content.DataCategories);
        form.VulnerableGroups.AddRange(content.AffectedPopulations?.VulnerableGroups ?? []);
        form.Measures.AddRange(content.Safeguards?.Measures ?? []);
        return form;
    }

    /// <summary>The draft's files as the service stored them after an upload or removal.</summary>
    public void UseAttachments(IReadOnlyList<AttachmentReference> attachments) => Attachments = attachments ?? [];

    public ApplicationContent ToContent() => new()
    {
        Contact = AnyText(ContactName, ContactEmail, ContactPhone)
            ? new ContactPerson(FormText.Blank(ContactName), FormText.Blank(ContactEmail)?.Trim(), FormText.Blank(ContactPhone))
            : null,
        Plan = AnyText(Title, Objectives, Methodology, StartOn) || Milestones.Count > 0
            ? new SandboxPlan
            {
                Title = FormText.Blank(Title),
                Objectives = FormText.Blank(Objectives),
                Methodology = FormText.Blank(Methodology),
                StartOn = FormText.ParseDate(StartOn),
                Milestones = Milestones.Select(m => m.ToMilestone()).ToList(),
            }
            : null,
        TechnologyItems = TechnologyItems.Select(i => i.ToItem()).ToList(),
        EndUse = EndUseCategory is not null || AnyText(EndUseDescription) ? new EndUse(EndUseCategory, FormText.Blank(EndUseDescription)) : null,
        Parties = Parties.Select(p => p.ToParty()).ToList(),
        Deployment = Deployment,
        DataCategories = [.. DataCategories],
        AffectedPopulations = AnyText(PopulationDescription) || EstimatedPeople is not null || VulnerableGroups.Count > 0
            ? new AffectedPopulations { Description = FormText.Blank(PopulationDescription), EstimatedPeople = EstimatedPeople, VulnerableGroups = [.. VulnerableGroups] }
            : null,
        Safeguards = AnyText(InformedConsentPlan, SafeguardNotes) || Measures.Count > 0
            ? new ProposedSafeguards { Measures = [.. Measures], InformedConsentPlan = FormText.Blank(InformedConsentPlan), Notes = FormText.Blank(SafeguardNotes) }
            : null,
        RequestedDurationDays = RequestedDurationDays,
        SandboxTemplateId = FormText.Blank(SandboxTemplateId),
        Expedited = RequestExpedited ? new ExpeditedRequest(FormText.Blank(ExpeditedJustification)) : null,
        Attachments = Attachments,
    };

    private static bool AnyText(params string?[] values) => values.Any(v => !string.IsNullOrWhiteSpace(v));
}
