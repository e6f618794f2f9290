namespace Sandbox.Domain.Risk;

/// <summary>Bands in ascending order of days; a pilot longer than the last band scores <paramref name="LongerPoints"/>.</summary>
public sealed record DurationRules(IReadOnlyList<DurationBand> Bands, int LongerPoints);
