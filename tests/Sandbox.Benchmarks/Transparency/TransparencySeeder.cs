using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Templates;
using Sandbox.Storage.Documents;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>Writes the generated documents straight through the app's document sets, one create each, and counts them.</summary>
internal sealed class TransparencySeeder(IServiceProvider services)
{
    public const int Seed = 20261202;

    public SortedDictionary<string, int> Written { get; } = new(StringComparer.Ordinal);

    public async Task<SeededFacts> SeedAsync()
    {
        var random = new Random(Seed);
        var facts = new SeededFacts();
        var cases = new CaseGenerator(random, facts);
        var licences = new LicenceStory(random, facts, services.GetRequiredService<SandboxTemplateCatalog>());
        for (var i = 0; i < SeedScope.ApplicationCount; i++)
        {
            var seeded = cases.Next(i);
            await WriteAsync("applications", seeded.Application);
            await WriteAllAsync("application-versions", seeded.Versions);
            await WriteAllAsync("workflow-instances (cases)", seeded.Instances);
            foreach (var plan in seeded.Licences)
            {
                var licence = licences.Issue(plan, seeded.File);
                await WriteAsync("licences", licence.Licence);
                await WriteAsync("workflow-instances (licence lifecycles)", licence.Lifecycle);
                if (licence.Sandbox is { } sandbox)
                {
                    await WriteAsync("sandboxes", sandbox);
                }

                await WriteAllAsync("sandbox-exports", licence.Exports);
            }
        }

        for (var i = 0; i < SeedScope.MisuseReportCount; i++)
        {
            await WriteAsync("misuse-reports", MisuseStory.Next(random, facts, i));
        }

        return facts;
    }

    private async Task WriteAllAsync<T>(string label, IEnumerable<T> documents)
        where T : class
    {
        foreach (var document in documents)
        {
            await WriteAsync(label, document);
        }
    }

    private async Task WriteAsync<T>(string label, T document)
        where T : class
    {
        await services.GetRequiredService<DocumentSet<T>>().CreateAsync(document);
        Written[label] = Written.GetValueOrDefault(label) + 1;
    }
}
