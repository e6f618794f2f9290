using System.Text.Json;
using Sandbox.Storage.Documents;

namespace Sandbox.Licensing.Exchange;

/// <summary>
/// The repository's schemas <c>docs/exchange/allied-exchange.v{n}.schema.json</c>, as copied to the output: a document
/// is checked against the schema of the version it declares; a version this instance does not know against the newest,
/// which names <c>version</c> as the problem.
/// </summary>
public sealed class AlliedExchangeSchema(IReadOnlyDictionary<int, JsonSchemaCheck> schemas)
{
    private static readonly Lazy<AlliedExchangeSchema> _default = new(() => FromDirectory(AppContext.BaseDirectory));

    /// <summary>The schemas next to the running assembly.</summary>
    public static AlliedExchangeSchema Default => _default.Value;

    public static AlliedExchangeSchema FromDirectory(string directory) => new(AlliedExchangeFormat.Versions.ToDictionary(
        v => v, v => JsonSchemaCheck.FromFile(Path.Combine(directory, AlliedExchangeFormat.SchemaFile(v)), $"allied exchange v{v}")));

    /// <summary>Every problem of the document (formats included), each with its path; none when it is valid.</summary>
    public IReadOnlyList<ExchangeProblem> Check(JsonElement document)
    {
        var schema = schemas.GetValueOrDefault(VersionOf(document)) ?? schemas[AlliedExchangeFormat.Version];
        return [.. schema.Check(document, formats: true).Select(p => new ExchangeProblem(p.Path, p.Message))];
    }

    /// <exception cref="ExchangeSchemaException">The document is not valid.</exception>
    public void Ensure(JsonElement document)
    {
        var problems = Check(document);
        if (problems.Count > 0)
        {
            throw new ExchangeSchemaException(problems);
        }
    }

    private static int VersionOf(JsonElement document) =>
        document.ValueKind == JsonValueKind.Object && document.TryGetProperty("version", out var version)
        && version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var number) ? number : 0;
}
