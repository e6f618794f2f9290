namespace Sandbox.Provisioning.Environments;

/// <summary>The names an environment is known by: its id, its OAuth clients and scopes.</summary>
public static class SandboxIds
{
    public const string QueryOperation = "query";
    public const string ExportRequestOperation = "export-request";

    /// <summary><c>SBX-2026-000123</c> becomes <c>sbx-2026-000123</c>.</summary>
    public static string ForLicence(string licenceReference) => licenceReference.Trim().ToLowerInvariant();

    /// <summary>The confidential client a researcher's service uses (client credentials).</summary>
    public static string ServiceClient(string sandboxId) => sandboxId + "-service";

    /// <summary>The public client a named researcher signs in through (authorization code + PKCE).</summary>
    public static string NotebookClient(string sandboxId) => sandboxId + "-notebook";

    public static string Scope(string sandboxId, string operation) => $"sandbox:{sandboxId}:{operation}";

    /// <summary>The sandbox a scope such as <c>sandbox:sbx-2026-000123:query</c> names, or null.</summary>
    public static string? SandboxOfScope(string scope)
    {
        var parts = scope.Split(':');
        return parts.Length == 3 && parts[0] == "sandbox" && parts[1].Length > 0 ? parts[1] : null;
    }

    /// <summary>The sandbox a client id belongs to, or null for any other client.</summary>
    public static string? SandboxOfClient(string clientId) =>
        clientId.EndsWith("-service", StringComparison.Ordinal) ? clientId[..^"-service".Length]
        : clientId.EndsWith("-notebook", StringComparison.Ordinal) ? clientId[..^"-notebook".Length]
        : null;
}
