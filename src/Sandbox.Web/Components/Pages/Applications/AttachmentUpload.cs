namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>A file the applicant chose, read into memory, to be attached to the draft.</summary>
public sealed record AttachmentUpload(string FileName, string ContentType, byte[] Content);
