namespace Sandbox.Applications.Reviews;

/// <summary>A renewal moves the review date into the future, at most <see cref="MaxYearsAhead"/> years, and says why.</summary>
public static class RenewalRules
{
    public const int MaxYearsAhead = 5;
    public const int MaxReasonLength = 500;

    /// <exception cref="ReviewValidationException">The date or the reason breaks a rule.</exception>
    public static (DateOnly ReviewBy, string Reason) Check(ReviewRenewalRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var latest = today.AddYears(MaxYearsAhead);
        if (request.ReviewBy is not { } reviewBy)
        {
            errors["reviewBy"] = ["Give the new review date."];
        }
        else if (reviewBy <= today)
        {
            errors["reviewBy"] = [$"The new review date must be after today ({Iso(today)})."];
        }
        else if (reviewBy > latest)
        {
            errors["reviewBy"] = [$"A renewal reaches at most {MaxYearsAhead} years ahead, to {Iso(latest)}; review it again then."];
        }

        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            errors["reason"] = [$"Say why the restriction still holds, in 1 to {MaxReasonLength} characters."];
        }

        return errors.Count > 0 ? throw new ReviewValidationException(errors) : (request.ReviewBy!.Value, reason!);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
