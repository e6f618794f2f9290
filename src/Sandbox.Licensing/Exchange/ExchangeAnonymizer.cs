using System.Text.RegularExpressions;
using Sandbox.Domain.Organizations;

namespace Sandbox.Licensing.Exchange;

/// <summary>
/// Removes personal data before anything leaves: e-mail addresses, phone numbers and the names given (people, user
/// names and ids, the holder's own name) are replaced by <see cref="Redacted"/>; organizations are generalized to
/// their type and country. Pure: the same input gives the same output.
/// </summary>
public static partial class ExchangeAnonymizer
{
    public const string Redacted = "[redacted]";

    public static string Scrub(string text, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var scrubbed = Email().Replace(text, Redacted);
        scrubbed = Phone().Replace(scrubbed, m => IsPhoneNumber(m.Value) ? Redacted : m.Value);
        var whole = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        // Whole names first: a part of one name ("Rita" of "Rita Regulator") removed first would leave the rest of
        // another ("-7781" of the user id "rita-7781") in the text.
        foreach (var name in whole.OrderByDescending(n => n.Length))
        {
            scrubbed = Remove(scrubbed, name);
        }

        // A person's parts alone ("Jansen" of "Eva Jansen") identify them too.
        var parts = whole.Where(n => n.Contains(' ', StringComparison.Ordinal))
            .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 2).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts.OrderByDescending(p => p.Length))
        {
            scrubbed = Remove(scrubbed, part);
        }

        return scrubbed;
    }

    private static string Remove(string text, string name) =>
        Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])", Redacted,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Seven digits or more that are not a date (<c>2026-12-01</c>, <c>01.12.2026</c>).</summary>
    private static bool IsPhoneNumber(string candidate) =>
        candidate.Count(char.IsAsciiDigit) >= 7 && !IsoDate().IsMatch(candidate.Trim());

    /// <summary>"research institution in NL": the organization's type and country, never its name.</summary>
    public static ExchangeHolder Generalize(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var kind = Kind(organization.Type);
        return new ExchangeHolder($"{kind} in {organization.Country}", kind, organization.Country);
    }

    private static string Kind(OrganizationType type) => type switch
    {
        OrganizationType.ResearchInstitution => "research institution",
        OrganizationType.Company => "company",
        OrganizationType.HumanitarianOrganization => "humanitarian organization",
        OrganizationType.GovernmentAuthority => "government authority",
        OrganizationType.AlliedAuthority => "allied authority",
        _ => "organization",
    };

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();

    /// <summary>Digits with the usual separators, optionally after a +, not inside a reference such as <c>PL-2026-000123</c>.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}\-./])\+?\(?\d[\d\s().\-/]{5,}\d(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Phone();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}|\d{2}[./]\d{2}[./]\d{4})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsoDate();
}
