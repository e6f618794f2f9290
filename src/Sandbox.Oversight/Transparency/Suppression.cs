namespace Sandbox.Oversight.Transparency;

/// <summary>Why a published count is not shown.</summary>
public enum Suppression
{
    None,

    /// <summary>Between 1 and the minimum count less one: shown as "fewer than N".</summary>
    SmallCount,

    /// <summary>Not small itself, but with the total shown it would give a small count away.</summary>
    Complementary,
}
