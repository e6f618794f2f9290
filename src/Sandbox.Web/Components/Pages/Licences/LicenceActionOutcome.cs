namespace Sandbox.Web.Components.Pages.Licences;

public enum LicenceActionOutcome
{
    /// <summary>The trigger fired; the page reloads the licence.</summary>
    Done,

    /// <summary>The service named problems (a missing reason, a date past the sunset, a guard not met); nothing changed.</summary>
    Refused,

    /// <summary>Someone else changed the licence's lifecycle since it was read; nothing changed and the page reloads.</summary>
    Stale,
}
