using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;

namespace Sandbox.Web.Api;

public static partial class ApplicationsApi
{
    public sealed record NoteRequest(string? Text);

    private static void MapAttachments(RouteGroupBuilder api)
    {
        api.MapPost("/{id}/attachments", AttachAsync).WithName("AttachFile").DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(AttachmentRules.MaxBytes + (64 * 1024)))
            .Produces<ApplicationResource>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary($"Attaches one file (form field `file`; PDF, PNG, JPEG, text, CSV or JSON, at most {AttachmentRules.MaxBytes / 1024} KiB) to the draft (If-Match).");
        api.MapGet("/{id}/attachments/{attachmentId}", DownloadAsync).WithName("DownloadAttachment").ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/{id}/attachments/{attachmentId}", DetachAsync).WithName("DetachFile").Produces<ApplicationResource>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static void MapNotes(RouteGroupBuilder api)
    {
        api.MapGet("/{id}/notes", ListNotesAsync).WithName("ListCaseNotes").Produces<IReadOnlyList<CaseNote>>()
            .WithSummary("The case's internal notes thread (regulators and auditors).");
        api.MapPost("/{id}/notes", AddNoteAsync).WithName("AddCaseNote").Produces<CaseNote>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithSummary("Adds an internal note (regulators).");
    }

    private static Task<IResult> AttachAsync(string id, HttpContext context, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Change(context, user, async (actor, etag) =>
        {
            if (!context.Request.HasFormContentType)
            {
                throw new IntakeValidationException([new FieldProblem("file", "Send the file as multipart/form-data in a field named 'file'.")]);
            }

            var form = await context.Request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { } file)
            {
                throw new IntakeValidationException([new FieldProblem("file", "Send the file in a form field named 'file'.")]);
            }

            if (file.Length > AttachmentRules.MaxBytes)
            {
                throw new IntakeValidationException([new FieldProblem("file", $"A file must have at most {AttachmentRules.MaxBytes / 1024} KiB.")]);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            return await applications.AttachAsync(actor, id, etag, file.FileName, file.ContentType, buffer.ToArray(), cancellationToken);
        });

    private static Task<IResult> DetachAsync(string id, string attachmentId, HttpContext context, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Change(context, user, (actor, etag) => applications.DetachAsync(actor, id, etag, attachmentId, cancellationToken));

    private static Task<IResult> DownloadAsync(string id, string attachmentId, HttpContext context, PilotApplications applications, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () =>
        {
            var file = await applications.GetAttachmentAsync(CaseActors.From(user), id, attachmentId, cancellationToken);
            context.Response.Headers.CacheControl = "no-store, private";
            return TypedResults.File(Convert.FromBase64String(file.Content), file.ContentType, file.FileName);
        });

    private static Task<IResult> ListNotesAsync(string id, CaseNotes notes, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () => TypedResults.Ok(await notes.ListAsync(CaseActors.From(user), id, cancellationToken)));

    private static Task<IResult> AddNoteAsync(string id, [FromBody] NoteRequest request, CaseNotes notes, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CaseProblems.RunAsync(async () =>
        {
            var note = await notes.AddAsync(CaseActors.From(user), CaseActors.DisplayName(user), id, request.Text ?? string.Empty, cancellationToken);
            return TypedResults.Created($"/api/applications/{id}/notes", note);
        });
}
