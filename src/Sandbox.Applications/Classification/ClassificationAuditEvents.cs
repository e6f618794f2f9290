namespace Sandbox.Applications.Classification;

public static class ClassificationAuditEvents
{
    public const string CataloguePublished = "classification.catalogue-published";
    public const string RulesPublished = "risk.rules-published";
}
