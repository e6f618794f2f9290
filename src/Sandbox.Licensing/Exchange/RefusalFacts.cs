using Sandbox.Domain.Organizations;

namespace Sandbox.Licensing.Exchange;

/// <summary>
/// A refusal as this instance knows it, before anonymization: the applicant organization, the parties it was refused
/// for, and the people involved (<see cref="PersonalNames"/>: the contact person, decision makers, user names and
/// ids), whose names the anonymizer removes from every text that leaves.
/// </summary>
public sealed record RefusalFacts(
    string SourceId,
    Organization Applicant,
    IReadOnlyList<ExchangeParty> DeniedParties,
    string Destination,
    IReadOnlyList<string> ControlCodes,
    string EndUse,
    IReadOnlyList<string> ReasonCodes,
    DateOnly DecidedOn,
    DateOnly? ReviewBy,
    IReadOnlyList<string> PersonalNames);
