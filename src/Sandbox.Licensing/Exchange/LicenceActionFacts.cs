using Sandbox.Domain.Licensing;
using Sandbox.Domain.Organizations;

namespace Sandbox.Licensing.Exchange;

/// <summary>A suspension or revocation of <paramref name="Licence"/> (its status change <paramref name="Change"/>), before anonymization.</summary>
public sealed record LicenceActionFacts(
    PilotLicence Licence,
    LicenceStatusChange Change,
    Organization Holder,
    IReadOnlyList<string> ControlCodes,
    string Destination,
    IReadOnlyList<string> PersonalNames);
