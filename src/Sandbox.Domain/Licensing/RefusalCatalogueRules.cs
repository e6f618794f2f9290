using System.Text.RegularExpressions;
using Sandbox.Domain.Applications;
using static Sandbox.Domain.Licensing.LicenceFormat;

namespace Sandbox.Domain.Licensing;

internal static partial class RefusalCatalogueRules
{
    public static IReadOnlyList<FieldProblem> Validate(RefusalCatalogue catalogue)
    {
        var problems = new ProblemList();
        if (catalogue.Version < 1)
        {
            problems.Add("version", "The version is 1 or more.");
        }

        if (catalogue.Criteria is not { Count: > 0 })
        {
            problems.Add("criteria", "A refusal catalogue needs at least one criterion.");
            return problems.Problems;
        }

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < catalogue.Criteria.Count; i++)
        {
            var at = At("criteria", i);
            if (catalogue.Criteria[i] is not { } criterion)
            {
                problems.Add(at, "An entry is empty (null).");
                continue;
            }

            if (criterion.Code is null || !CodePattern().IsMatch(criterion.Code))
            {
                problems.Add(at + ".code", $"'{criterion.Code}' is not a criterion code: 3 to 40 upper-case letters, digits or dashes, such as EU-2021-821-ART15-1A.");
            }
            else if (!firstIndex.TryAdd(criterion.Code, i))
            {
                problems.Add(at + ".code", $"'{criterion.Code}' is already used by {At("criteria", firstIndex[criterion.Code])}.");
            }

            problems.Required(at + ".title", criterion.Title, 1, RefusalCriterion.MaxTitleLength, "A title");
            problems.Required(at + ".legalBasis", criterion.LegalBasis, 1, RefusalCriterion.MaxLegalBasisLength, "A legal basis");
            problems.Required(at + ".description", criterion.Description, 1, RefusalCriterion.MaxDescriptionLength, "A description");
        }

        return problems.Problems;
    }

    [GeneratedRegex(@"^[A-Z0-9-]{3,40}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
