namespace Sandbox.Domain.Licensing;

/// <summary>Where a licence is in its life; <see cref="LicenceLifecycle"/> says which changes are possible.</summary>
public enum LicenceStatus
{
    /// <summary>Granted, but the pilot has not started.</summary>
    Issued,
    Active,
    Suspended,
    Expired,
    Revoked,
    Surrendered,

    /// <summary>Replaced by a newer licence, which names this one in <see cref="PilotLicence.SupersedesLicenceId"/>.</summary>
    Superseded,
}
