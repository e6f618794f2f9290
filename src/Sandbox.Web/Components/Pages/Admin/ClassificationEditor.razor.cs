using Microsoft.AspNetCore.Components;
using Sandbox.Applications.Access;
using Sandbox.Applications.Classification;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Storage.Errors;
using Sandbox.Web.Components.Pages.Applications;

namespace Sandbox.Web.Components.Pages.Admin;

/// <summary>
/// Edits the next catalogue version from <see cref="Basis"/> and publishes it; the service names each problem by its JSON path
/// (<c>entries[3].crossReferences.euAnnexI</c>), which is where the editor shows it.
/// </summary>
public sealed partial class ClassificationEditor
{
    private List<EntryForm> _entries = [];
    private DateTime? _effectiveFrom;
    private string? _changeNote;
    private FieldProblems _problems = FieldProblems.None;
    private string? _conflict;
    private bool _busy;

    [Parameter, EditorRequired]
    public CaseActor Actor { get; set; } = default!;

    /// <summary>The version the draft starts from (the latest).</summary>
    [Parameter, EditorRequired]
    public CatalogueVersion Basis { get; set; } = default!;

    [Parameter]
    public EventCallback<CataloguePublication> Published { get; set; }

    [Parameter]
    public EventCallback Cancelled { get; set; }

    [Inject]
    private ClassificationCatalogue Catalogue { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>Problems of fields the editor has no input for (the summary lists them).</summary>
    private IEnumerable<FieldProblem> Unplaced => _problems.All.Where(p =>
        p.Field is not ("effectiveFrom" or "changeNote") && !FieldPath.IsWithin(p.Field, "entries"));

    protected override void OnInitialized() => _entries = Basis.Entries.Select(EntryForm.From).ToList();

    private bool Has(int index, string field) => _problems.Has(FieldPath.At("entries", index, field));

    private string? Text(int index, string field) => _problems.Text(FieldPath.At("entries", index, field));

    private void Add()
    {
        _entries.Add(new EntryForm());
        _problems = _problems.WithoutList("entries");
    }

    private void Remove(int index)
    {
        _entries.RemoveAt(index);
        _problems = _problems.WithoutList("entries");
    }

    private async Task PublishAsync()
    {
        _busy = true;
        _conflict = null;
        try
        {
            var draft = new CatalogueDraft(EffectiveFrom(), _changeNote, _entries.Select(e => e.ToEntry()).ToList());
            var publication = await Catalogue.PublishAsync(Actor, draft);
            _problems = FieldProblems.None;
            await Published.InvokeAsync(publication);
        }
        catch (IntakeValidationException ex)
        {
            _problems = new FieldProblems(ex.Problems);
        }
        catch (DocumentConflictException)
        {
            _conflict = $"Someone published version {Basis.Version + 1} first; nothing of yours was published. Cancel and start again from the newer version (copy your changes first).";
        }
        catch (CaseForbiddenException ex)
        {
            _conflict = ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Empty or today: at once; a later day: from its start (UTC).</summary>
    private DateTimeOffset? EffectiveFrom()
    {
        if (_effectiveFrom is not { } day || DateOnly.FromDateTime(day) <= DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime))
        {
            return null;
        }

        return new DateTimeOffset(DateTime.SpecifyKind(day.Date, DateTimeKind.Utc));
    }

    /// <summary>One entry as edited; blank optional fields are left out, as the catalogue requires.</summary>
    public sealed class EntryForm
    {
        public string? Code { get; set; }

        public string? Title { get; set; }

        public string? Description { get; set; }

        public ImpactRating ImpactRating { get; set; } = ImpactRating.Moderate;

        public string? Wassenaar { get; set; }

        public string? EuAnnexI { get; set; }

        public string? UsEccn { get; set; }

        public DateTime? ReviewBy { get; set; }

        public string? Notes { get; set; }

        public static EntryForm From(ControlEntry entry)
        {
            ArgumentNullException.ThrowIfNull(entry);
            return new()
            {
                Code = entry.Code,
                Title = entry.Title,
                Description = entry.Description,
                ImpactRating = entry.ImpactRating,
                Wassenaar = entry.CrossReferences.Wassenaar,
                EuAnnexI = entry.CrossReferences.EuAnnexI,
                UsEccn = entry.CrossReferences.UsEccn,
                ReviewBy = entry.ReviewBy?.ToDateTime(TimeOnly.MinValue),
                Notes = entry.Notes,
            };
        }

        public ControlEntry ToEntry() => new(
            Code?.Trim() ?? "",
            Title?.Trim() ?? "",
            Description?.Trim() ?? "",
            ImpactRating,
            new CrossReferences(Optional(Wassenaar), Optional(EuAnnexI), Optional(UsEccn)),
            ReviewBy is { } reviewBy ? DateOnly.FromDateTime(reviewBy) : null,
            Optional(Notes));

        private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
