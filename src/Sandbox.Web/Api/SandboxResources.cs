using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;
using Sandbox.Provisioning.Environments;

namespace Sandbox.Web.Api;

/// <summary>A sandbox as its holder and regulators see it: never a secret.</summary>
public sealed record SandboxResource(
    string Id, string LicenceReference, string PilotTitle, string HolderOrganizationName, string Template, string Region, SandboxStatus Status,
    LicenceConditions Conditions, SandboxQuotas Quotas, int QueriesToday, int QueriesPerDay, IReadOnlyList<DatasetResource> Datasets,
    IReadOnlyList<string> Scopes, string ServiceClientId, string NotebookClientId, bool CredentialsWaiting, DateTimeOffset? PurgeDueAt,
    IReadOnlyList<SandboxOperation> History);

public sealed record DatasetResource(string Name, string Description, int Rows, bool Ready, IReadOnlyList<DatasetFieldResource> Fields);

public sealed record DatasetFieldResource(string Name, FieldType Type, FieldClass Class, string? Description, bool Denied);

/// <summary>Shown once: the client secret is not stored in a readable form anywhere after this answer.</summary>
public sealed record SandboxCredentialsResource(string ClientId, string ClientSecret, string TokenEndpoint, IReadOnlyList<string> Scopes, string NotebookClientId);

public sealed record ExportDraftRequest(GatewayQuery? Query, string? Justification);

public sealed record ExportDecisionRequest(bool Approve, string? Reason);

public static class SandboxResources
{
    public static IReadOnlyList<DatasetResource> Datasets(SandboxEnvironment environment) =>
        [.. environment.Datasets.Select(d => new DatasetResource(d.Recipe.Name, d.Recipe.Description, d.Recipe.RowCount, d.Complete,
            [.. d.Recipe.Fields.Select(f => new DatasetFieldResource(f.Name, f.Type, f.Class, f.Description, IsDenied(environment.Conditions, f)))]))];

    /// <summary>Whether the conditions keep this field out of every answer (named, or an identifier under "no raw identifiers").</summary>
    public static bool IsDenied(LicenceConditions conditions, DatasetField field) =>
        conditions.DeniedFields.Contains(field.Name, StringComparer.Ordinal) || (conditions.NoRawIdentifiers && field.Class == FieldClass.Identifier);
}
