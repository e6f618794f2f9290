namespace Sandbox.Storage.Errors;

/// <summary>The query names an undeclared field, an unsupported value, a bad page size or a foreign continuation token.</summary>
public sealed class InvalidQueryException(string message) : DocumentStoreException(message);
