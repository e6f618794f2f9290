namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>The wizard's steps in order; a field no step owns belongs to the review step.</summary>
public static class WizardSteps
{
    public static WizardStep Contact { get; } = new(0, "Contact", "contact", ["contact"]);

    public static WizardStep Plan { get; } = new(1, "Sandbox plan", "plan", ["plan"]);

    public static WizardStep Technology { get; } = new(2, "Technology items", "technology", ["technologyItems"]);

    public static WizardStep EndUse { get; } = new(3, "End use & parties", "end-use", ["endUse", "parties"]);

    public static WizardStep Data { get; } = new(4, "Data & deployment", "data", ["deployment", "dataCategories", "affectedPopulations"]);

    public static WizardStep Safeguards { get; } = new(5, "Safeguards", "safeguards", ["safeguards"]);

    public static WizardStep Terms { get; } = new(6, "Duration & template", "terms", ["requestedDurationDays", "sandboxTemplateId", "expedited"]);

    public static WizardStep Review { get; } = new(7, "Review & submit", "review", []);

    public static IReadOnlyList<WizardStep> All { get; } = [Contact, Plan, Technology, EndUse, Data, Safeguards, Terms, Review];

    public static WizardStep For(string field) => All.FirstOrDefault(step => step.Owns(field)) ?? Review;
}
