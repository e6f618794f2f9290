using System.ComponentModel.DataAnnotations;

namespace Sandbox.Licensing.Exchange;

/// <summary>This instance as an issuer of exchange documents (section <c>AlliedExchange</c>).</summary>
public sealed class AlliedExchangeOptions
{
    public const string Section = "AlliedExchange";

    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string Authority { get; set; } = "Sandbox licensing authority";

    /// <summary>ISO 3166-1 alpha-2 of this authority; the prefix of every record id it issues.</summary>
    [Required]
    [RegularExpression("^[A-Z]{2}$")]
    public string Country { get; set; } = "NL";
}
