namespace Sandbox.Applications.Screening;

/// <summary>Whether a hit carries a remembered adjudication.</summary>
public enum AdjudicationState
{
    /// <summary>Nobody has adjudicated this name and country against this entry: it needs a regulator.</summary>
    None,

    /// <summary>An adjudication made against the entry as it still is: its outcome applies.</summary>
    Remembered,

    /// <summary>An adjudication exists, but the entry's content changed since: it needs a fresh look.</summary>
    EntryChanged,
}
