namespace Sandbox.Domain.Applications;

/// <summary>A file attached to the application; the bytes are stored apart and named by their SHA-256.</summary>
public sealed record AttachmentReference(string Id, string FileName, string ContentType, long Size, string Sha256);
