namespace Sandbox.Licensing.Exchange;

/// <summary>A licence suspended (<c>type: suspension</c>).</summary>
public sealed record SuspensionRecord : LicenceActionRecord;
