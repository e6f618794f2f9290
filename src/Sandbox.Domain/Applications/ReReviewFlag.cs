namespace Sandbox.Domain.Applications;

/// <summary>Raised on an active case when a new catalogue version changes the control category of one of its items.</summary>
public sealed record ReReviewFlag(string ClassificationCode, int CatalogueVersion, string Reason, DateTimeOffset FlaggedAt);
