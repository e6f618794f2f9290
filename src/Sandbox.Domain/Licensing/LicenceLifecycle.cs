namespace Sandbox.Domain.Licensing;

/// <summary>
/// The status changes a licence can make. A licence is issued once; it becomes Active from Issued or Suspended, is
/// suspended only while Active, and can expire, be revoked, surrendered or superseded from any status that is not final.
/// Expired, Revoked, Surrendered and Superseded are final.
/// </summary>
public static class LicenceLifecycle
{
    public static bool IsFinal(LicenceStatus status) =>
        status is LicenceStatus.Expired or LicenceStatus.Revoked or LicenceStatus.Surrendered or LicenceStatus.Superseded;

    public static bool CanChange(LicenceStatus from, LicenceStatus to) =>
        Enum.IsDefined(from) && Enum.IsDefined(to) && !IsFinal(from) && to switch
        {
            LicenceStatus.Issued => false,
            LicenceStatus.Active => from is LicenceStatus.Issued or LicenceStatus.Suspended,
            LicenceStatus.Suspended => from is LicenceStatus.Active,
            _ => true,
        };

    /// <summary>Why <see cref="CanChange"/> is false, in a sentence naming the licence.</summary>
    internal static string WhyNot(string reference, LicenceStatus from, LicenceStatus to) =>
        !Enum.IsDefined(to) ? $"'{to}' is not a licence status."
        : IsFinal(from) ? $"Licence {reference} is {from}, which is final; it cannot become {to}."
        : to switch
        {
            LicenceStatus.Issued => $"A licence is issued once; {reference} is already {from}.",
            LicenceStatus.Active => $"Licence {reference} can become Active only from Issued or Suspended; it is {from}.",
            LicenceStatus.Suspended => $"Only an Active licence can be suspended; {reference} is {from}.",
            _ => $"Licence {reference} cannot change from {from} to {to}.",
        };
}
