using System.Security.Cryptography;
using Sandbox.Applications.Access;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Intake;

public sealed partial class PilotApplications
{
    /// <summary>Stores the file and lists it on the working draft (starting an amendment if none is pending).</summary>
    public async Task<Versioned<PilotApplication>> AttachAsync(
        CaseActor actor, string id, string etag, string fileName, string contentType, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ThrowIfInvalid(AttachmentRules.Validate(fileName, contentType, content));
        var current = await OwnAsync(actor, id, cancellationToken);
        if (!string.Equals(current.ETag, etag, StringComparison.Ordinal))
        {
            // Checked before the bytes are stored, so stale requests cannot leave files behind.
            throw new DocumentConcurrencyException(ApplicationContainers.Applications.Name, id, id);
        }

        var draft = await WorkingCopyAsync(current.Value, cancellationToken);
        if (draft.Attachments.Count >= ApplicationLimits.MaxAttachments)
        {
            ThrowIfInvalid([new FieldProblem("file", $"An application has at most {ApplicationLimits.MaxAttachments} attachments; remove one first.")]);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var reference = new AttachmentReference(Guid.NewGuid().ToString("N"), fileName.Trim(), contentType.Split(';')[0].Trim().ToLowerInvariant(), content.Length, sha);
        var stored = new StoredAttachment(reference.Id, current.Value.Id, reference.FileName, reference.ContentType, reference.Size, sha, actor.UserId, time.GetUtcNow(), Convert.ToBase64String(content));
        await attachments.CreateAsync(stored, cancellationToken: cancellationToken);
        Versioned<PilotApplication> saved;
        try
        {
            saved = await ReplaceAsync(current.Value, etag, a => a.SaveDraft(draft with { Attachments = [.. draft.Attachments, reference] }, time.GetUtcNow()), cancellationToken);
        }
        catch
        {
            await attachments.DeleteAsync(current.Value.Id, stored.Id, cancellationToken: CancellationToken.None);
            throw;
        }

        await AuditAsync(IntakeAuditEvents.AttachmentAdded, actor, saved.Value, cancellationToken);
        return saved;
    }

    /// <summary>Takes a file off the working draft; files that a submitted version lists are kept for the record.</summary>
    public async Task<Versioned<PilotApplication>> DetachAsync(CaseActor actor, string id, string etag, string attachmentId, CancellationToken cancellationToken = default)
    {
        var current = await OwnAsync(actor, id, cancellationToken);
        var draft = await WorkingCopyAsync(current.Value, cancellationToken);
        if (draft.Attachments.All(a => a.Id != attachmentId))
        {
            throw new CaseStateException($"The draft of {current.Value.Reference} has no attachment '{attachmentId}'.");
        }

        var saved = await ReplaceAsync(current.Value, etag, a => a.SaveDraft(draft with { Attachments = draft.Attachments.Where(f => f.Id != attachmentId).ToList() }, time.GetUtcNow()), cancellationToken);
        if (!await IsInAnyVersionAsync(current.Value, attachmentId, cancellationToken))
        {
            await attachments.DeleteAsync(current.Value.Id, attachmentId, cancellationToken: cancellationToken);
        }

        await AuditAsync(IntakeAuditEvents.AttachmentRemoved, actor, saved.Value, cancellationToken);
        return saved;
    }

    /// <summary>A file of an application the actor may see, if the draft or a version lists it.</summary>
    public async Task<StoredAttachment> GetAttachmentAsync(CaseActor actor, string id, string attachmentId, CancellationToken cancellationToken = default)
    {
        var application = await GetAsync(actor, id, cancellationToken);
        var listed = (actor.BelongsTo(application.Value.OrganizationId) && application.Value.Draft?.Attachments.Any(a => a.Id == attachmentId) == true)
            || await IsInAnyVersionAsync(application.Value, attachmentId, cancellationToken);
        var stored = listed ? await attachments.ReadAsync(application.Value.Id, attachmentId, cancellationToken) : null;
        return stored?.Value ?? throw new CaseStateException($"Application {application.Value.Reference} has no attachment '{attachmentId}'.");
    }

    /// <summary>Starts an amendment: the latest version's content becomes the working draft.</summary>
    public async Task<Versioned<PilotApplication>> StartAmendmentAsync(CaseActor actor, string id, string etag, CancellationToken cancellationToken = default)
    {
        var current = await OwnAsync(actor, id, cancellationToken);
        if (current.Value.VersionCount == 0 || current.Value.Draft is not null)
        {
            throw new CaseStateException($"Application {current.Value.Reference} already has a draft to edit.");
        }

        await BeforeAmendmentAsync(actor, current.Value, cancellationToken);

        var draft = await WorkingCopyAsync(current.Value, cancellationToken);
        var saved = await ReplaceAsync(current.Value, etag, a => a.SaveDraft(draft, time.GetUtcNow()), cancellationToken);
        await AuditAsync(IntakeAuditEvents.DraftSaved, actor, saved.Value, cancellationToken);
        return saved;
    }

    /// <summary>The pending draft, or the latest version's content when an amendment starts.</summary>
    private async Task<ApplicationContent> WorkingCopyAsync(PilotApplication application, CancellationToken cancellationToken)
    {
        if (application.Draft is { } draft)
        {
            return draft;
        }

        var latest = await versions.ReadAsync(application.Id, ApplicationVersion.IdFor(application.Id, application.VersionCount), cancellationToken);
        return application.WorkingCopy(latest?.Value.Content);
    }

    private async Task<bool> IsInAnyVersionAsync(PilotApplication application, string attachmentId, CancellationToken cancellationToken)
    {
        for (var number = 1; number <= application.VersionCount; number++)
        {
            var version = await versions.ReadAsync(application.Id, ApplicationVersion.IdFor(application.Id, number), cancellationToken);
            if (version?.Value.Content.Attachments.Any(a => a.Id == attachmentId) == true)
            {
                return true;
            }
        }

        return false;
    }
}
