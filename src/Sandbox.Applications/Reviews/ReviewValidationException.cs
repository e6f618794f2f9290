namespace Sandbox.Applications.Reviews;

/// <summary>A renewal or dashboard request breaks a rule; <see cref="Errors"/> names each field and what to fix.</summary>
public sealed class ReviewValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The review request has problems: " + string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
