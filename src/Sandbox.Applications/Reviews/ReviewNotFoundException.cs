namespace Sandbox.Applications.Reviews;

/// <summary>Nothing of that kind and id is under review (an unknown code or rule, or a denial that is gone or withdrawn).</summary>
public sealed class ReviewNotFoundException(ReviewKind kind, string id)
    : Exception($"There is no {ReviewKinds.Slug(kind)} '{id}' under review.");
