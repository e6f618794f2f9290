namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>One step of the application wizard and the fields (JSON paths) that belong to it.</summary>
public sealed record WizardStep(int Index, string Title, string TestId, IReadOnlyList<string> Fields)
{
    /// <summary>Whether <paramref name="field"/> (such as <c>parties[1].country</c>) is one of this step's.</summary>
    public bool Owns(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Fields.Any(prefix => FieldPath.IsWithin(field, prefix));
    }
}
