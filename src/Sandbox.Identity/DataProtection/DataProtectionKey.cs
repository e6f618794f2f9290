namespace Sandbox.Identity.DataProtection;

/// <summary>One Data Protection key ring element, as the XML the key manager wrote.</summary>
public sealed record DataProtectionKey(string Id, string FriendlyName, string Xml);
