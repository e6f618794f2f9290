namespace Sandbox.Licensing.Exchange;

/// <summary>An exchange document does not match the schema of its version (<c>allied-exchange.v1</c>, <c>.v2</c>); <see cref="Problems"/> name the paths.</summary>
public sealed class ExchangeSchemaException(IReadOnlyList<ExchangeProblem> problems)
    : Exception($"The exchange document does not match the allied exchange schema: {string.Join("; ", problems.Select(p => $"{(p.Path.Length == 0 ? "(document)" : p.Path)}: {p.Message}"))}")
{
    public IReadOnlyList<ExchangeProblem> Problems { get; } = problems;
}
