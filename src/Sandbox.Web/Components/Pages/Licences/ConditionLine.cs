namespace Sandbox.Web.Components.Pages.Licences;

/// <summary>One machine-enforced condition in words: <paramref name="Key"/> names it for tests and styles.</summary>
public sealed record ConditionLine(string Key, string Label, string Text);
