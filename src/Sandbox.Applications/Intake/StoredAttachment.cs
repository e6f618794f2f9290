namespace Sandbox.Applications.Intake;

/// <summary>An attachment's bytes (base64 in the document), kept apart from the application it belongs to.</summary>
public sealed record StoredAttachment(string Id, string ApplicationId, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt, string Content);
