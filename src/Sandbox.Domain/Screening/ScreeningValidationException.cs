namespace Sandbox.Domain.Screening;

/// <summary>Input that breaks a screening rule; <see cref="Errors"/> names each field (camelCase) and what is wrong with it.</summary>
public sealed class ScreeningValidationException(string what, IReadOnlyDictionary<string, string[]> errors)
    : ArgumentException($"{what} is not valid: " + string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
