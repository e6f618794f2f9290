namespace Sandbox.Domain.Sandboxes;

/// <summary>The operations a sandbox template can offer.</summary>
public static class SandboxScopes
{
    public const string Query = "query";

    public const string ExportRequest = "export-request";

    public static IReadOnlyList<string> All { get; } = [Query, ExportRequest];
}
