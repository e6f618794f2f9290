using System.Globalization;
using Sandbox.Storage.Documents;

namespace Sandbox.Applications.Reference;

/// <summary>Document ids and containers of versioned reference data.</summary>
public static class ReferenceIds
{
    public static string For(int version) => string.Create(CultureInfo.InvariantCulture, $"v{version:D6}");

    public static ContainerDefinition Container(string name) => new(name, "/id", ["version", "effectiveFrom"]);
}
