namespace Sandbox.Storage.Documents;

/// <summary>Options of one write.</summary>
public sealed record WriteOptions
{
    /// <summary>
    /// Time to live of this document, overriding the container default. <see cref="Timeout.InfiniteTimeSpan"/>
    /// keeps the document forever even when the container has a default.
    /// </summary>
    public TimeSpan? TimeToLive { get; init; }

    public static WriteOptions None { get; } = new();
}
