using System.ComponentModel.DataAnnotations;
using Sandbox.Domain.Organizations;

namespace Sandbox.Web.Components.Account;

/// <summary>An ISO 3166-1 alpha-2 country code, as <see cref="CountryCode.TryParse"/> accepts it; empty is left to [Required].</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CountryCodeAttribute : ValidationAttribute
{
    public CountryCodeAttribute()
        : base("Enter the two-letter ISO country code, such as NL or KE.")
    {
    }

    public override bool IsValid(object? value) =>
        value is null || (value is string text && (text.Length == 0 || CountryCode.TryParse(text, out _)));
}
