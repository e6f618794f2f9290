namespace Sandbox.Identity.OAuth;

/// <summary>Where the server's signing and encryption keys come from.</summary>
public enum OAuthKeySource
{
    /// <summary>Self-signed certificates kept in the current user's certificate store, so tokens survive a restart.</summary>
    Development,

    /// <summary>Keys that live only as long as the process: for tests.</summary>
    Ephemeral,

    /// <summary>PKCS#12 files named in configuration: for production.</summary>
    Certificates,
}
