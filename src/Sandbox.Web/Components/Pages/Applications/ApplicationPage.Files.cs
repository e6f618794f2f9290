using MudBlazor;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>Attachments of the draft and withdrawal: each sent with the ETag this page read, pending edits saved first.</summary>
public sealed partial class ApplicationPage
{
    private string? _attachmentProblem;

    [Microsoft.AspNetCore.Components.Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private bool CanWithdraw => _application is { } application && application.Status != ApplicationStatus.Withdrawn;

    private async Task AttachAsync(AttachmentUpload upload)
    {
        _attachmentProblem = null;
        if (!await SaveAsync() || _application is not { } application)
        {
            return;
        }

        await ChangeFilesAsync(() => Applications.AttachAsync(Actor, application.Id, _etag!, upload.FileName, upload.ContentType, upload.Content),
            $"{upload.FileName} attached.");
    }

    private async Task DetachAsync(string attachmentId)
    {
        _attachmentProblem = null;
        if (!await SaveAsync() || _application is not { } application)
        {
            return;
        }

        await ChangeFilesAsync(() => Applications.DetachAsync(Actor, application.Id, _etag!, attachmentId), "Attachment removed.");
    }

    private async Task ChangeFilesAsync(Func<Task<Versioned<PilotApplication>>> change, string done)
    {
        _busy = true;
        try
        {
            var saved = await change();
            _application = saved.Value;
            _etag = saved.ETag;
            if (saved.Value.Draft is { } draft)
            {
                _saved = _saved with { Attachments = draft.Attachments };
                _form.UseAttachments(draft.Attachments);
            }

            Snackbar.Add(done, Severity.Success);
        }
        catch (IntakeValidationException ex)
        {
            _attachmentProblem = string.Join(" ", ex.Problems.Select(p => p.Message).Distinct());
        }
        catch (DocumentConcurrencyException)
        {
            _stale = true;
        }
        catch (Exception ex) when (ex is CaseStateException or CaseForbiddenException)
        {
            _attachmentProblem = ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task WithdrawAsync()
    {
        if (_application is not { } application)
        {
            return;
        }

        var dialog = await Dialogs.ShowAsync<WithdrawDialog>($"Withdraw {application.Reference}");
        if (await dialog.Result is not { Canceled: false, Data: string reason })
        {
            return;
        }

        _busy = true;
        try
        {
            var withdrawn = await Applications.WithdrawAsync(Actor, application.Id, _etag!, reason);
            await ApplyAsync(withdrawn);
            Snackbar.Add($"{withdrawn.Value.Reference} was withdrawn.", Severity.Success);
        }
        catch (IntakeValidationException ex)
        {
            Snackbar.Add(string.Join(" ", ex.Problems.Select(p => p.Message)), Severity.Error);
        }
        catch (DocumentConcurrencyException)
        {
            _stale = true;
        }
        catch (Exception ex) when (ex is CaseStateException or CaseForbiddenException)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }
}
