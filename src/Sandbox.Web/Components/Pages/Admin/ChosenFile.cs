using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;

namespace Sandbox.Web.Components.Pages.Admin;

/// <summary>A file an administrator chose for an import, read into memory up to a limit.</summary>
internal sealed record ChosenFile(string Name, byte[] Bytes)
{
    /// <summary>The file's bytes, or why it was not read (too large, unreadable).</summary>
    public static async Task<(ChosenFile? File, string? Problem)> ReadAsync(IBrowserFile file, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Size > maxBytes)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"{file.Name} has {file.Size:N0} bytes; the limit is {maxBytes:N0}."));
        }

        try
        {
            await using var upload = file.OpenReadStream(maxBytes);
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer);
            return (new ChosenFile(file.Name, buffer.ToArray()), null);
        }
        catch (IOException ex)
        {
            return (null, $"{file.Name} could not be read: {ex.Message}");
        }
    }
}
