using System.Text.Json;
using Sandbox.Storage.Documents;

namespace Sandbox.Licensing.Exchange;

/// <summary>The repository's schema <c>docs/exchange/allied-exchange.v1.schema.json</c>, as copied to the output.</summary>
public sealed class AlliedExchangeSchema(JsonSchemaCheck schema)
{
    private static readonly Lazy<AlliedExchangeSchema> _default = new(() => FromFile(Path.Combine(AppContext.BaseDirectory, AlliedExchangeFormat.SchemaFile)));

    /// <summary>The schema next to the running assembly.</summary>
    public static AlliedExchangeSchema Default => _default.Value;

    public static AlliedExchangeSchema FromFile(string path) => new(JsonSchemaCheck.FromFile(path, "allied exchange"));

    /// <summary>Every problem of the document (formats included), each with its path; none when it is valid.</summary>
    public IReadOnlyList<ExchangeProblem> Check(JsonElement document) =>
        [.. schema.Check(document, formats: true).Select(p => new ExchangeProblem(p.Path, p.Message))];

    /// <exception cref="ExchangeSchemaException">The document is not valid.</exception>
    public void Ensure(JsonElement document)
    {
        var problems = Check(document);
        if (problems.Count > 0)
        {
            throw new ExchangeSchemaException(problems);
        }
    }
}
