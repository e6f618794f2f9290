using System.ComponentModel.DataAnnotations;

namespace Sandbox.Storage.Hosting;

/// <summary>Which provider holds the documents, and how long start-up may wait for it.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required]
    [RegularExpression("^(Sqlite|Cosmos)$", ErrorMessage = "Storage:Provider must be 'Sqlite' (the embedded default) or 'Cosmos'.")]
    public string Provider { get; set; } = "Sqlite";

    [Range(1, 600)]
    public int StartupTimeoutSeconds { get; set; } = 30;
}
