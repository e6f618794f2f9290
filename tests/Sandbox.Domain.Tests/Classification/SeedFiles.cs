using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sandbox.Domain.Tests.Classification;

/// <summary>Reads the seed data files from the repository with the options the application reads them with.</summary>
internal static class SeedFiles
{
    public const string Catalogue = "classification-catalogue-v1.json";
    public const string RiskRules = "risk-rules-v1.json";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static T Read<T>(string fileName) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(PathOf(fileName)), Options) ?? throw new InvalidOperationException(fileName + " is null");

    public static T RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options) ?? throw new InvalidOperationException("round trip gave null");

    public static string PathOf(string fileName, [CallerFilePath] string sourceFile = "") =>
        Path.Combine(RepositoryRoot(sourceFile), "src", "Sandbox.Applications", "Seed", fileName);

    /// <summary>The folder holding Sandbox.sln, above the test binaries or, failing that, above this source file.</summary>
    private static string RepositoryRoot(string sourceFile)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Sandbox.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Sandbox.sln not found above " + AppContext.BaseDirectory);
    }
}
