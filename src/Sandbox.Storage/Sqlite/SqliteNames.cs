using Sandbox.Storage.Documents;

namespace Sandbox.Storage.Sqlite;

/// <summary>
/// SQL text for identifiers. Container names and field paths are validated by their own types
/// (letters, digits, '-', '_', '.'), which is why they may appear in SQL text; values never do.
/// </summary>
internal static class SqliteNames
{
    public static string Table(ContainerDefinition definition) => "\"doc_" + definition.Name.Replace('-', '_') + "\"";

    public static string Index(ContainerDefinition definition, string suffix) =>
        "\"ix_" + definition.Name.Replace('-', '_') + "_" + suffix.Replace('.', '_') + "\"";

    /// <summary>The SQL expression for a field: the key columns for id and partition key, JSON extraction otherwise.</summary>
    public static string Field(ContainerDefinition definition, FieldPath field)
    {
        if (field == FieldPath.Id)
        {
            return "id";
        }

        return field == definition.PartitionKey ? "pk" : "json_extract(body, '$." + field.Value + "')";
    }
}
