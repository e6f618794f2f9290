namespace Sandbox.Domain.Applications;

/// <summary>Safeguards an applicant proposes; credited safeguards lower the risk score, never raise it.</summary>
public enum Safeguard
{
    Encryption,
    Telemetry,
    TamperEvidentHardware,
    HumanOversight,
    InformedConsent,
    DataMinimization,
    AccessLogging,
    GeoFencing,
}
