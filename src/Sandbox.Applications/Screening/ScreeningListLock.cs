namespace Sandbox.Applications.Screening;

/// <summary>The lock an import of one list holds while it writes: created once, renewed and released with its ETag.</summary>
public sealed record ScreeningListLock(string Id, string List, string ImportId, string HeldBy, DateTimeOffset AcquiredAt, DateTimeOffset ExpiresAt)
{
    public static string IdFor(string list) => "import-lock." + list;
}
