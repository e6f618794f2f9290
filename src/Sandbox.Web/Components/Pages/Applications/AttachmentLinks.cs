using Sandbox.Domain.Applications;

namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>Where a browser downloads an attachment: the API endpoint, which checks who may see it.</summary>
public static class AttachmentLinks
{
    public static string For(string applicationId, AttachmentReference file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return $"/api/applications/{Uri.EscapeDataString(applicationId)}/attachments/{Uri.EscapeDataString(file.Id)}";
    }
}
