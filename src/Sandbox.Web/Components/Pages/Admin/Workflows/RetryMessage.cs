using MudBlazor;

namespace Sandbox.Web.Components.Pages.Admin.Workflows;

/// <summary>What came of a retry, as the administrator reads it.</summary>
public sealed record RetryMessage(Severity Severity, string Message);
