namespace Sandbox.Storage.Errors;

/// <summary>The configured store cannot be reached or refused the configuration.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null)
    : DocumentStoreException(message, inner);
