using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;
using Sandbox.Provisioning.Airlock;
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

/// <summary>
/// A query's answer as the caller sees it. How many groups were suppressed is not said: with a filter, "one group
/// suppressed" against "none" would tell whether a single record matches. The audit log keeps the count.
/// </summary>
public sealed record QueryAnswer(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, bool Truncated);

/// <summary>An export request without its rows: they leave only through the counted, audited download.</summary>
public sealed record ExportSummary(
    string Id, string SandboxId, string RequestedBy, string Dataset, string? Purpose, string Justification, ExportStatus Status, int Rows,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, string? Reviewer, string? Decision, int DownloadsLeft, IReadOnlyList<ExportStatusChange> History)
{
    public static ExportSummary Of(ExportRequest export) =>
        new(export.Id, export.SandboxId, export.RequestedBy, export.Query.Dataset, export.Query.Purpose, export.Justification, export.Status, export.Rows.Count,
            export.CreatedAt, export.SubmittedAt, export.Reviewer, export.Decision, export.DownloadsLeft, export.History);
}

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
