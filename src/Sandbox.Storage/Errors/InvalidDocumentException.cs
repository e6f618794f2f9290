namespace Sandbox.Storage.Errors;

/// <summary>The document cannot be stored as given (missing id, bad partition key, reserved property...).</summary>
public sealed class InvalidDocumentException(string message) : DocumentStoreException(message);
