namespace Sandbox.Licensing.Exchange;

/// <summary>
/// An anonymized misuse case study (<c>type: case-study</c>, format version 2): a closed misuse report that led to a
/// warning, added conditions, a suspension or a revocation, as structured facts. No licence reference, no destination
/// country, dates to the month, and a <see cref="Summary"/> written from these facts, never from anyone's own words.
/// Information for allies: it does not feed the "no undercut" check.
/// </summary>
public sealed record CaseStudyRecord : ExchangeRecord
{
    /// <summary><c>misuse-of-technology</c>, <c>breach-of-conditions</c> or <c>other</c>.</summary>
    public required string Allegation { get; init; }

    /// <summary><c>low</c>, <c>medium</c>, <c>high</c> or <c>critical</c>.</summary>
    public required string Severity { get; init; }

    /// <summary><c>warning</c>, <c>added-conditions</c>, <c>suspension</c> or <c>revocation</c>.</summary>
    public required string Response { get; init; }

    /// <summary><c>report</c> (a person, signed in or not) or <c>gateway-telemetry</c> (refused requests past a threshold).</summary>
    public required string Origin { get; init; }

    /// <summary>Triage or investigation overran its clock and was escalated.</summary>
    public required bool Escalated { get; init; }

    /// <summary>For telemetry: the licence conditions the sandbox's requests were refused on.</summary>
    public IReadOnlyList<string>? RefusedConditions { get; init; }

    /// <summary>The licence's categories in the harmonized catalogue (<c>SBX-IP-SURV</c>).</summary>
    public required IReadOnlyList<string> ClassificationCodes { get; init; }

    /// <summary>The control-list codes those categories cross-reference; none for catch-all categories.</summary>
    public required IReadOnlyList<string> ControlCodes { get; init; }

    /// <summary>The licence's risk tier, 1 to 4.</summary>
    public required int Tier { get; init; }

    /// <summary>The destination's region (<c>eu</c>, <c>middle-east-north-africa</c>, …), never the country.</summary>
    public required string DestinationRegion { get; init; }

    /// <summary><c>yyyy-MM</c>.</summary>
    public required string ReceivedIn { get; init; }

    /// <summary><c>yyyy-MM</c>.</summary>
    public required string ClosedIn { get; init; }

    public required string Summary { get; init; }
}
