namespace Sandbox.Applications.Screening;

public enum ScreeningChangeKind
{
    Added,
    Changed,

    /// <summary>Delisted: the new file no longer has the entry, so it is deleted from the store.</summary>
    Removed,
}
