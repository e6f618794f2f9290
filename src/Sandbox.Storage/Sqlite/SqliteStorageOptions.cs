using System.ComponentModel.DataAnnotations;

namespace Sandbox.Storage.Sqlite;

/// <summary>Where the embedded store keeps its single database file.</summary>
public sealed class SqliteStorageOptions
{
    public const string Section = "Storage:Sqlite";

    /// <summary>Folder of the database file; relative paths are resolved against the app's content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "App_Data";

    [Required]
    [RegularExpression(@"^[A-Za-z0-9._-]+\.db$", ErrorMessage = "The file name must be a plain name ending in .db.")]
    public string FileName { get; set; } = "sandbox.db";
}
