namespace Sandbox.Licensing.Exchange;

/// <summary>A licence revoked (<c>type: revocation</c>).</summary>
public sealed record RevocationRecord : LicenceActionRecord;
