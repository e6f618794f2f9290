namespace Sandbox.Storage.Documents;

/// <summary>A typed document and the ETag to send back when replacing it.</summary>
public sealed record Versioned<T>(T Value, string ETag);
