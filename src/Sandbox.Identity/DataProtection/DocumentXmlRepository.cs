using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Identity.DataProtection;

/// <summary>
/// Keeps the Data Protection key ring in the document store, so every app node on the same store
/// protects and unprotects cookies, antiforgery tokens and OAuth payloads with the same keys.
/// The key manager calls this synchronously and rarely (start-up, rotation), hence the blocking calls.
/// </summary>
public sealed class DocumentXmlRepository(Func<DocumentSet<DataProtectionKey>> keys) : IXmlRepository
{
    public static ContainerDefinition Container { get; } = new("data-protection-keys", "/id");

    public IReadOnlyCollection<XElement> GetAllElements() =>
        keys().QueryAllAsync(DocumentQuery.AcrossPartitions().Take(DocumentQuery.MaxPageSize))
            .Select(k => XElement.Parse(k.Value.Xml))
            .ToListAsync().AsTask().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var id = "key-" + Guid.NewGuid().ToString("N");
        var key = new DataProtectionKey(id, friendlyName ?? string.Empty, element.ToString(SaveOptions.DisableFormatting));
        keys().CreateAsync(key).GetAwaiter().GetResult();
    }
}
