using System.Globalization;
using System.Net.Mail;
using Sandbox.Domain.Organizations;

namespace Sandbox.Domain.Applications;

/// <summary>Collects field problems with the checks applications repeat.</summary>
internal sealed class ProblemList
{
    private readonly List<FieldProblem> _problems = [];

    public IReadOnlyList<FieldProblem> Problems => _problems;

    public void Add(string field, string message) => _problems.Add(new FieldProblem(field, message));

    public void Length(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"At most {max} characters (this has {value.Length})."));
        }
    }

    public void Required(string field, string? value, int min, int max, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{what} is required.");
        }
        else if (value.Trim().Length < min)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"{what} needs at least {min} characters."));
        }
        else
        {
            Length(field, value, max);
        }
    }

    public void Count<T>(string field, IReadOnlyList<T>? items, int max)
    {
        if (items is not null && items.Count > max)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"At most {max} entries (this has {items.Count})."));
        }
    }

    public void Defined<TEnum>(string field, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            Add(field, $"'{v}' is not a known value; use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
    }

    public void DefinedAll<TEnum>(string field, IReadOnlyList<TEnum>? values)
        where TEnum : struct, Enum
    {
        if (values is null)
        {
            Add(field, "Send a list (it may be empty), not null.");
            return;
        }

        foreach (var value in values.Where(v => !Enum.IsDefined(v)).Distinct())
        {
            Add(field, $"'{value}' is not a known value; use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }

        if (values.Distinct().Count() != values.Count)
        {
            Add(field, "List each value once.");
        }
    }

    public void Email(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        Length(field, value, 254);
        if (!MailAddress.TryCreate(value.Trim(), out var parsed) || parsed.Address != value.Trim() || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            Add(field, "Give an e-mail address such as name@example.org.");
        }
    }

    public void Country(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !CountryCode.TryParse(value, out _))
        {
            Add(field, $"'{value}' is not an ISO 3166-1 alpha-2 country code (for example NL, KE, US).");
        }
    }
}
