using MudBlazor;
using Sandbox.Domain.Sandboxes;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;

namespace Sandbox.Web.Components.Pages.Sandboxes;

/// <summary>How sandbox values read on screen.</summary>
public static class SandboxDisplay
{
    public static Color StatusColor(SandboxStatus status) => status switch
    {
        SandboxStatus.Ready => Color.Success,
        SandboxStatus.Provisioning => Color.Info,
        SandboxStatus.Suspended => Color.Warning,
        SandboxStatus.Closed => Color.Error,
        _ => Color.Default,
    };

    public static Color ExportColor(ExportStatus status) => status switch
    {
        ExportStatus.Approved => Color.Success,
        ExportStatus.Rejected => Color.Error,
        ExportStatus.Submitted or ExportStatus.InReview => Color.Info,
        _ => Color.Default,
    };

    public static string FieldClass(FieldClass value) => value switch
    {
        Domain.Sandboxes.FieldClass.Identifier => "Identifier",
        Domain.Sandboxes.FieldClass.QuasiIdentifier => "Quasi-identifier",
        Domain.Sandboxes.FieldClass.Sensitive => "Sensitive",
        _ => "Attribute",
    };

    public static string Cell(object? value) => value switch
    {
        null => "—",
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } s => s.GetString() ?? string.Empty,
        System.Text.Json.JsonElement e => e.GetRawText(),
        double d => d.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
