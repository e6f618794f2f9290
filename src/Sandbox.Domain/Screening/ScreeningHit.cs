namespace Sandbox.Domain.Screening;

/// <summary>One listed party that matched a screened name.</summary>
/// <param name="Party">The listed party (its list, entry id, names and country hints).</param>
/// <param name="Score">In [0, 1]: the name score, raised slightly when the country supports it.</param>
/// <param name="NameScore">The name score alone.</param>
/// <param name="MatchedName">The primary name or alias that matched best.</param>
/// <param name="MatchedAlias">Whether <paramref name="MatchedName"/> is an alias.</param>
/// <param name="SupportingCountry">Whether the screened party's country is one known for the party.</param>
public sealed record ScreeningHit(ListedParty Party, double Score, double NameScore, string MatchedName, bool MatchedAlias, bool SupportingCountry)
{
    /// <summary>At or above <see cref="ScreeningDefaults.HighConfidence"/>.</summary>
    public bool HighConfidence => Score >= ScreeningDefaults.HighConfidence;
}
