using Sandbox.Domain.Organizations;

namespace Sandbox.Domain.Screening;

public sealed partial record AlliedDenial
{
    /// <summary>Validates a registration; every problem is reported at once in a <see cref="ScreeningValidationException"/>.</summary>
    public static AlliedDenial Register(AlliedDenialRegistration registration, string recordedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Error(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (!CountryCode.TryParse(registration.AuthorityCountry, out var authorityCountry))
        {
            Error("authorityCountry", $"'{registration.AuthorityCountry}' is not an ISO 3166-1 alpha-2 country code.");
        }

        if (!CountryCode.TryParse(registration.PartyCountry, out var partyCountry))
        {
            Error("partyCountry", $"'{registration.PartyCountry}' is not an ISO 3166-1 alpha-2 country code.");
        }

        var reference = Text(registration.AuthorityReference, "authorityReference", MaxReferenceLength, Error);
        var name = Text(registration.DeniedPartyName, "deniedPartyName", MaxNameLength, Error);
        if (name is not null && NameNormalizer.QueryTokens(name).Length == 0)
        {
            Error("deniedPartyName", "The name needs at least one letter or digit.");
        }

        var aliases = CleanAliases(registration.Aliases, name, Error);
        if (!ClassificationCodes.TryNormalize(registration.ClassificationCode, out var code))
        {
            Error("classificationCode", $"'{registration.ClassificationCode}' is not a catalogue code such as 5A001.j (category digit, group letter A–E, three digits, optional .sub-items).");
        }

        var endUse = Text(registration.EndUseSummary, "endUseSummary", MaxEndUseLength, Error);
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        if (registration.DeniedOn == default)
        {
            Error("deniedOn", "The date of the denial is required.");
        }
        else if (registration.DeniedOn > today)
        {
            Error("deniedOn", $"A denial cannot be dated after today ({Iso(today)}).");
        }

        var reviewBy = registration.ReviewBy ?? registration.DeniedOn.AddYears(DefaultReviewYears);
        if (reviewBy <= registration.DeniedOn)
        {
            Error("reviewBy", $"The review date {Iso(reviewBy)} must come after the denial date {Iso(registration.DeniedOn)}.");
        }
        else if (registration.DeniedOn != default && reviewBy < today)
        {
            // It would be recorded but never screened (a denial is in force through its review-by day, IsInForce):
            // say so instead of accepting it silently.
            Error("reviewBy", $"The review date {Iso(reviewBy)} has passed, so the denial would not be screened; give the date of its latest review or renewal.");
        }

        if (errors.Count > 0)
        {
            throw new ScreeningValidationException("The allied denial", errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        return new AlliedDenial
        {
            Id = IdFor(authorityCountry.Value, reference!),
            AuthorityCountry = authorityCountry.Value,
            AuthorityReference = reference!,
            DeniedPartyName = name!,
            Aliases = aliases,
            PartyCountry = partyCountry.Value,
            ClassificationCode = code,
            EndUseSummary = endUse!,
            DeniedOn = registration.DeniedOn,
            ReviewBy = reviewBy,
            RecordedBy = recordedBy,
            RecordedAt = at,
        };
    }

    private static string? Text(string? value, string field, int max, Action<string, string> error)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > max)
        {
            error(field, $"Required, 1 to {max} characters.");
            return null;
        }

        return trimmed;
    }

    private static string[] CleanAliases(IReadOnlyList<string>? aliases, string? name, Action<string, string> error)
    {
        var result = new List<string>();
        foreach (var alias in aliases ?? [])
        {
            var trimmed = alias?.Trim();
            if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxNameLength)
            {
                error("aliases", $"Each alias needs 1 to {MaxNameLength} characters.");
                continue;
            }

            if (!string.Equals(trimmed, name, StringComparison.OrdinalIgnoreCase) && !result.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(trimmed);
            }
        }

        if (result.Count > MaxAliases)
        {
            error("aliases", $"At most {MaxAliases} aliases.");
        }

        return [.. result];
    }
}
