using Sandbox.Domain.Classification;

namespace Sandbox.Applications.Classification;

/// <summary>What an administrator sends to publish the next catalogue version; the number and publisher are set by the server.</summary>
public sealed record CatalogueDraft(DateTimeOffset? EffectiveFrom, string? ChangeNote, IReadOnlyList<ControlEntry>? Entries);
