namespace Sandbox.Storage.Errors;

/// <summary>Base of every error the document store raises on purpose.</summary>
public abstract class DocumentStoreException : Exception
{
    protected DocumentStoreException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
