using MudBlazor;
using Sandbox.Domain.Access;

namespace Sandbox.Web.Navigation;

/// <summary>
/// The main navigation, grouped by who uses it. Each feature adds its pages here as it lands;
/// the layout shows a group only when it has an entry the visitor may see.
/// </summary>
public static class NavigationCatalog
{
    public const string General = "Sandbox";
    public const string Administration = "Administration";

    public static IReadOnlyList<string> Groups { get; } = [General, "Researchers", "Regulators", "Allied reviewers", "Audit", Administration];

    public static IReadOnlyList<NavigationEntry> Entries { get; } =
    [
        new("Overview", "/", Icons.Material.Outlined.Dashboard, General, []),
        new("System status", "/status", Icons.Material.Outlined.MonitorHeart, General, []),
        new("Report misuse", "/report-misuse", Icons.Material.Outlined.Campaign, General, []),
        new("Transparency reports", "/transparency", Icons.Material.Outlined.BarChart, General, []),
        new("Exit reports", "/exit-reports/public", Icons.Material.Outlined.Summarize, General, []),
        new("My tasks", "/inbox", Icons.Material.Outlined.TaskAlt, General, [SandboxRoles.Applicant, SandboxRoles.Regulator, SandboxRoles.SeniorRegulator, SandboxRoles.AlliedReviewer]),
        new("My applications", "/applications", Icons.Material.Outlined.Assignment, "Researchers", [SandboxRoles.Applicant]),
        new("My licences", "/licences", Icons.Material.Outlined.VerifiedUser, "Researchers", [SandboxRoles.Applicant]),
        new("My sandboxes", "/sandboxes", Icons.Material.Outlined.Science, "Researchers", [SandboxRoles.Applicant]),
        new("Messages", "/notifications", Icons.Material.Outlined.Mail, "Researchers", [SandboxRoles.Applicant]),
        new("Misuse reports", "/misuse", Icons.Material.Outlined.ReportProblem, "Researchers", [SandboxRoles.Applicant]),
        new("My exit reports", "/exit-reports", Icons.Material.Outlined.AssignmentTurnedIn, "Researchers", [SandboxRoles.Applicant]),
        new("Case queue", "/cases", Icons.Material.Outlined.Inbox, "Regulators", [SandboxRoles.Regulator, SandboxRoles.SeniorRegulator, SandboxRoles.Auditor]),
        new("Licences", "/licences", Icons.Material.Outlined.VerifiedUser, "Regulators", [SandboxRoles.Regulator, SandboxRoles.SeniorRegulator, SandboxRoles.Auditor]),
        new("Sandboxes", "/sandboxes", Icons.Material.Outlined.Science, "Regulators", [SandboxRoles.Regulator, SandboxRoles.SeniorRegulator, SandboxRoles.Auditor]),
        new("Airlock reviews", "/airlock", Icons.Material.Outlined.MoveToInbox, "Regulators", [SandboxRoles.Regulator, SandboxRoles.SeniorRegulator]),
        new("Misuse reports", "/misuse", Icons.Material.Outlined.ReportProblem, "Regulators", [SandboxRoles.Regulator, SandboxRoles.SeniorRegulator, SandboxRoles.Auditor]),
        new("Transparency preview", "/oversight/transparency", Icons.Material.Outlined.QueryStats, "Regulators", [SandboxRoles.Regulator, SandboxRoles.SeniorRegulator]),
        new("Exit reports to review", "/exit-reports", Icons.Material.Outlined.AssignmentTurnedIn, "Regulators", [SandboxRoles.Regulator, SandboxRoles.SeniorRegulator, SandboxRoles.Auditor]),
        new("Audit log", "/audit", Icons.Material.Outlined.FactCheck, "Audit", [SandboxRoles.Auditor, SandboxRoles.Administrator]),
        new("Workflows", "/admin/workflows", Icons.Material.Outlined.AccountTree, Administration, [SandboxRoles.Administrator]),
        new("Organizations", "/admin/organizations", Icons.Material.Outlined.Apartment, Administration, [SandboxRoles.Administrator]),
        new("OAuth clients", "/admin/clients", Icons.Material.Outlined.Key, Administration, [SandboxRoles.Administrator]),
        new("Classification", "/admin/classification", Icons.Material.Outlined.Category, Administration, [SandboxRoles.Administrator]),
        new("Screening lists", "/admin/screening", Icons.Material.Outlined.PersonSearch, Administration, [SandboxRoles.Administrator]),
        new("Allied exchange", "/admin/exchange", Icons.Material.Outlined.SyncAlt, Administration, [SandboxRoles.Administrator]),
        new("Reviews", "/admin/reviews", Icons.Material.Outlined.EventRepeat, Administration, [SandboxRoles.Administrator]),
    ];

    /// <summary>The entries a visitor with <paramref name="roles"/> may see, in catalog order.</summary>
    public static IEnumerable<NavigationEntry> VisibleTo(IReadOnlyCollection<string> roles) => VisibleTo(Entries, roles);

    public static IEnumerable<NavigationEntry> VisibleTo(IEnumerable<NavigationEntry> entries, IReadOnlyCollection<string> roles) =>
        entries.Where(entry => entry.Audiences.Count == 0 || entry.Audiences.Any(roles.Contains));
}
