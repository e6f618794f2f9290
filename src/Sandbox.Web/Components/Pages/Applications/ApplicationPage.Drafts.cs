using MudBlazor;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Errors;

namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>Saving the draft with the ETag read, submitting it, and starting an amendment of a submitted application.</summary>
public sealed partial class ApplicationPage
{
    private async Task SaveDraftAsync()
    {
        if (await SaveAsync())
        {
            Snackbar.Add("Draft saved.", Severity.Success);
        }
    }

    /// <summary>Saves the form as the draft (creating the application on the first save); false when it was refused.</summary>
    private async Task<bool> SaveAsync()
    {
        if (_stale)
        {
            return false;
        }

        var content = _form.ToContent();
        var changes = ApplicationDiff.Between(_saved, content);
        if (_application is not null && changes.Count == 0)
        {
            return true;
        }

        _busy = true;
        try
        {
            var created = _application is null;
            var saved = created
                ? await Applications.CreateAsync(Actor, content)
                : await Applications.SaveDraftAsync(Actor, _application!.Id, _etag!, content);
            _application = saved.Value;
            _etag = saved.ETag;
            _saved = content;
            _problems = _problems.Without(changes);
            if (saved.Value.VersionCount > 0)
            {
                _pending = await Applications.DiffAsync(Actor, saved.Value.Id, saved.Value.VersionCount, null);
            }

            if (created)
            {
                Navigation.NavigateTo($"/applications/{saved.Value.Id}", replace: true);
            }

            return true;
        }
        catch (IntakeValidationException ex)
        {
            _problems = new FieldProblems(ex.Problems);
            return false;
        }
        catch (DocumentConcurrencyException)
        {
            _stale = true;
            return false;
        }
        catch (Exception ex) when (ex is CaseStateException or CaseForbiddenException)
        {
            Snackbar.Add(ex.Message, Severity.Error);
            return false;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SubmitAsync()
    {
        if (!await SaveAsync() || _application is not { } application)
        {
            return;
        }

        _busy = true;
        try
        {
            var submitted = await Applications.SubmitAsync(Actor, application.Id, _etag!);
            _problems = FieldProblems.None;
            _step = 0;
            await ApplyAsync(submitted);
            Snackbar.Add($"{submitted.Value.Reference} was submitted as version {submitted.Value.VersionCount}.", Severity.Success);
        }
        catch (IntakeValidationException ex)
        {
            _problems = new FieldProblems(ex.Problems);
            _step = WizardSteps.Review.Index;
        }
        catch (DocumentConcurrencyException)
        {
            _stale = true;
        }
        catch (CaseStateException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task AmendAsync()
    {
        if (_application is not { } application)
        {
            return;
        }

        _busy = true;
        try
        {
            await ApplyAsync(await Applications.StartAmendmentAsync(Actor, application.Id, _etag!));
            _step = 0;
            _problems = FieldProblems.None;
        }
        catch (DocumentConcurrencyException)
        {
            _stale = true;
        }
        catch (CaseStateException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }
}
