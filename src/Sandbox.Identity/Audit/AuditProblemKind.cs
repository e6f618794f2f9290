namespace Sandbox.Identity.Audit;

/// <summary>What verification found wrong with an entry.</summary>
public enum AuditProblemKind
{
    /// <summary>The entry's content no longer matches the hash it was written with.</summary>
    Modified,

    /// <summary>A sequence is missing: inside the chain, or at its end (the chain head records more entries).</summary>
    Removed,

    /// <summary>The entry holds the content of another position: entries were moved or swapped.</summary>
    Reordered,

    /// <summary>The entry is intact but does not follow the one before it: that one was rewritten or replaced.</summary>
    BrokenLink,
}
