namespace Sandbox.Domain.Licensing;

/// <summary>A full licence follows a complete review; a provisional one is issued on the expedited humanitarian path while the review continues.</summary>
public enum LicenceKind
{
    Full,
    Provisional,
}
