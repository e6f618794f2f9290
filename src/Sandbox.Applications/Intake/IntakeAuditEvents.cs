namespace Sandbox.Applications.Intake;

/// <summary>Audit event types of application intake and case work.</summary>
public static class IntakeAuditEvents
{
    public const string DraftCreated = "application.draft-created";
    public const string DraftSaved = "application.draft-saved";
    public const string Submitted = "application.submitted";
    public const string SubmissionRefused = "application.submission-refused";
    public const string Withdrawn = "application.withdrawn";
    public const string Reassessed = "application.reassessed";
    public const string FlaggedForReReview = "application.flagged-for-re-review";
    public const string NoteAdded = "case.note-added";
    public const string AttachmentAdded = "application.attachment-added";
    public const string AttachmentRemoved = "application.attachment-removed";
}
