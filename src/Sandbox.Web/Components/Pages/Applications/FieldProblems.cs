using Sandbox.Domain.Applications;

namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>The problems the service named, looked up by the field (JSON path) each input edits.</summary>
public sealed class FieldProblems
{
    private readonly List<FieldProblem> _problems;

    public FieldProblems(IEnumerable<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        _problems = problems.ToList();
    }

    public static FieldProblems None { get; } = new([]);

    public IReadOnlyList<FieldProblem> All => _problems;

    public bool Any => _problems.Count > 0;

    public bool Has(string field) => _problems.Any(p => p.Field == field);

    /// <summary>The messages for exactly this field, or null when it has none.</summary>
    public string? Text(string field)
    {
        var messages = _problems.Where(p => p.Field == field).Select(p => p.Message).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    public int CountFor(WizardStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return _problems.Count(p => WizardSteps.For(p.Field) == step);
    }

    /// <summary>Drops the problems of fields that have changed since (a change under a list clears the list's own problem too).</summary>
    public FieldProblems Without(IEnumerable<FieldChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var changed = changes.Select(c => c.Field).ToList();
        return new(_problems.Where(p => !changed.Any(field => field == p.Field || FieldPath.IsWithin(field, p.Field))));
    }

    /// <summary>Drops every problem under a list whose entries moved, since their indexes no longer match.</summary>
    public FieldProblems WithoutList(string list) => new(_problems.Where(p => !FieldPath.IsWithin(p.Field, list)));
}
