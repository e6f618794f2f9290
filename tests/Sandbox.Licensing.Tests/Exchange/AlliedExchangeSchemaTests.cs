using System.Text.Json;
using Sandbox.Licensing.Exchange;

namespace Sandbox.Licensing.Tests.Exchange;

public sealed class AlliedExchangeSchemaTests
{
    [Fact]
    public void Invalid_document_names_the_paths_of_its_problems()
    {
        using var json = JsonDocument.Parse("""
            {
              "format": "sandbox-allied-exchange", "version": 1,
              "issuer": { "authority": "Bundesamt", "country": "Germany" },
              "issuedAt": "2026-12-01T09:00:00Z",
              "records": [
                { "type": "denial", "recordId": "DE:2026-17", "sourceId": "2026-17", "parties": [{ "name": "Orion", "country": "AE" }],
                  "destination": "AE", "controlCodes": ["5A001.j"], "endUse": "x", "reasonCodes": ["C7"], "decidedOn": "2026-11-01" }
              ]
            }
            """);

        var problems = AlliedExchangeSchema.Default.Check(json.RootElement);

        Assert.Contains(problems, p => p.Path == "issuer.country");
        Assert.Contains(problems, p => p.Path == "records[0]" && p.Message.Contains("reviewBy", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_format_and_version_are_refused()
    {
        var document = JsonSerializer.SerializeToNode(ExchangeSamples.Build(), AlliedExchangeFormat.Json)!;
        document["format"] = "other";
        document["version"] = 3;

        var problems = AlliedExchangeSchema.Default.Check(JsonSerializer.SerializeToElement(document));

        Assert.Contains(problems, p => p.Path == "format");
        Assert.Contains(problems, p => p.Path == "version");
    }
}
