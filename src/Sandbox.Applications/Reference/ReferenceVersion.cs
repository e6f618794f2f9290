namespace Sandbox.Applications.Reference;

/// <summary>One published version of reference data (the catalogue, the risk rules), stored whole and never changed.</summary>
public sealed record ReferenceVersion<T>(string Id, int Version, DateTimeOffset EffectiveFrom, DateTimeOffset PublishedAt, string PublishedBy, T Content);
