using Sandbox.Storage.Documents;

namespace Sandbox.Applications.Intake;

/// <summary>Where applications, their frozen versions, attachments, notes and reference counters live.</summary>
public static class ApplicationContainers
{
    public static ContainerDefinition Applications { get; } = new("applications", "/id",
        ["status", "organizationId", "tier", "endUseCategory", "slaDueAt", "submittedAt", "lastSubmittedAt", "updatedAt", "reference", "isExpedited", "screeningStatus", "classificationCodes", "versionCount", "needsReReview"]);

    public static ContainerDefinition Versions { get; } = new("application-versions", "/applicationId", ["number"]);

    public static ContainerDefinition Attachments { get; } = new("application-attachments", "/applicationId", ["uploadedAt"]);

    public static ContainerDefinition Notes { get; } = new("case-notes", "/applicationId", ["at"]);

    public static ContainerDefinition Sequences { get; } = new("reference-sequences", "/id", []);
}
