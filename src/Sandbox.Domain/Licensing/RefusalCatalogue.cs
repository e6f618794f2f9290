using Sandbox.Domain.Applications;

namespace Sandbox.Domain.Licensing;

/// <summary>The refusal criteria a regulator chooses from, versioned like the other reference data: a change is a new version.</summary>
public sealed record RefusalCatalogue
{
    public required int Version { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public required IReadOnlyList<RefusalCriterion> Criteria { get; init; }

    /// <summary>Every problem found, each naming its field by its JSON path; empty when the catalogue can be used.</summary>
    public IReadOnlyList<FieldProblem> Validate() => RefusalCatalogueRules.Validate(this);

    /// <summary>The criterion with exactly this code, or null.</summary>
    public RefusalCriterion? Find(string? code) =>
        code is null ? null : Criteria?.FirstOrDefault(criterion => string.Equals(criterion?.Code, code, StringComparison.Ordinal));

    public bool Contains(string? code) => Find(code) is not null;
}
