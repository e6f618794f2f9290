using Sandbox.Storage.Documents;

namespace Sandbox.Applications.Reviews;

public static class ReviewContainers
{
    /// <summary>One <see cref="ReviewRecord"/> per renewed subject, read by kind and reference version.</summary>
    public static ContainerDefinition Records { get; } = new("reference-reviews", "/id", ["kind", "referenceVersion"]);
}
