using Sandbox.Storage.Documents;

namespace Sandbox.Applications.Intake;

/// <summary>Where applications, their frozen versions, attachments, notes and reference counters live.</summary>
public static class ApplicationContainers
{
    public static ContainerDefinition Applications { get; } = new ContainerDefinition("applications", "/id",
        ["status", "organizationId", "tier", "endUseCategory", "slaDueAt", "submittedAt", "lastSubmittedAt", "updatedAt", "reference", "isExpedited", "screeningStatus", "classificationCodes", "versionCount", "needsReReview"])
        // The regulator queue: each common filter followed by the SLA clock it is sorted on, and the adjudication queue.
        .WithCompositeIndex("tier", "slaDueAt")
        .WithCompositeIndex("endUseCategory", "slaDueAt")
        .WithCompositeIndex("tier", "endUseCategory", "slaDueAt")
        .WithCompositeIndex("status", "slaDueAt")
        .WithCompositeIndex("screeningStatus", "status", "tier")
        .WithCompositeIndex("isExpedited", "slaDueAt")
        .WithCompositeIndex("needsReReview", "slaDueAt")
        .WithCompositeIndex("organizationId", "updatedAt");

    public static ContainerDefinition Versions { get; } = new("application-versions", "/applicationId", ["number"]);

    public static ContainerDefinition Attachments { get; } = new("application-attachments", "/applicationId", ["uploadedAt"]);

    public static ContainerDefinition Notes { get; } = new("case-notes", "/applicationId", ["at"]);

    public static ContainerDefinition Sequences { get; } = new("reference-sequences", "/id", []);
}
