namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// Rows of a <see cref="DatasetRecipe"/>. Each value depends only on (seed, row, field index) through <see cref="RowRandom"/>,
/// so any chunk can be generated alone, a field added at the end leaves the others as they were, and a recipe gives the
/// same rows on every machine and runtime.
/// </summary>
public static class SyntheticDataGenerator
{
    /// <summary>Rows <paramref name="fromRow"/> onwards, at most <paramref name="count"/>, never past <see cref="DatasetRecipe.RowCount"/>.</summary>
    /// <exception cref="ArgumentException">The recipe breaks a rule of <see cref="Validate"/>.</exception>
    public static IEnumerable<object?[]> Generate(DatasetRecipe recipe, int fromRow, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromRow);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var problems = Problems(recipe);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The dataset recipe '{recipe.Name}' is invalid: {string.Join("; ", problems)}", nameof(recipe));
        }

        var plans = recipe.Fields.Select(f => new FieldPlan(f)).ToArray();
        var end = (int)Math.Min((long)fromRow + count, recipe.RowCount);
        return Rows(recipe.Seed, plans, fromRow, end);
    }

    public static IEnumerable<object?[]> Generate(DatasetRecipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        return Generate(recipe, 0, recipe.RowCount);
    }

    /// <summary>What is wrong with the recipe, each message naming the field; empty when it can be generated.</summary>
    public static IReadOnlyList<string> Validate(DatasetRecipe recipe) => [.. Problems(recipe).Select(p => p.ToString())];

    /// <summary><see cref="Validate"/> with each problem's JSON path inside the recipe, such as <c>fields[2].generator.min</c>.</summary>
    public static IReadOnlyList<RecipeProblem> Problems(DatasetRecipe recipe) => RecipeChecks.Check(recipe);

    private static IEnumerable<object?[]> Rows(int seed, FieldPlan[] plans, int from, int end)
    {
        for (var row = from; row < end; row++)
        {
            var values = new object?[plans.Length];
            for (var f = 0; f < plans.Length; f++)
            {
                values[f] = plans[f].Draw(seed, row, f);
            }

            yield return values;
        }
    }
}
