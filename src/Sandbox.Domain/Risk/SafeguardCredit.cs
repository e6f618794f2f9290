using Sandbox.Domain.Applications;

namespace Sandbox.Domain.Risk;

/// <summary>Points taken off the score when the applicant proposes <paramref name="Safeguard"/>.</summary>
/// <param name="Label">How the explanation names it, such as "Informed consent plan".</param>
/// <param name="RequiresAny">Null when the safeguard is always credited.</param>
public sealed record SafeguardCredit(Safeguard Safeguard, string Label, int Points, CreditPrecondition? RequiresAny = null);
