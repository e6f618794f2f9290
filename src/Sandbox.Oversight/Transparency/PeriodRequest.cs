namespace Sandbox.Oversight.Transparency;

/// <summary>A period as a person or a caller asks for it, before <see cref="PeriodRules"/> checks it.</summary>
/// <param name="Quarter">1 to 4, for <see cref="PeriodKind.Quarter"/>.</param>
/// <param name="From">The first day, for <see cref="PeriodKind.Custom"/>.</param>
/// <param name="To">The last day (inclusive), for <see cref="PeriodKind.Custom"/>.</param>
public sealed record PeriodRequest(PeriodKind Kind, int? Year = null, int? Quarter = null, DateOnly? From = null, DateOnly? To = null);
