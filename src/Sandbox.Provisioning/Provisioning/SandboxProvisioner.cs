using System.Globalization;
using Microsoft.Extensions.Options;
using Sandbox.Applications.Templates;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Sandboxes;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Provisioning.Environments;
using Sandbox.Storage.Documents;

namespace Sandbox.Provisioning.Provisioning;

/// <summary>
/// Provisions a licence's sandbox in steps that can each run again: the environment document (id from the licence),
/// its datasets chunk by chunk (ids from dataset and chunk), its scopes, a secret prepared before the client is
/// registered with it, and only then the environment marked ready. A crash anywhere leaves work the next attempt
/// finishes: no second client, no half dataset served (a dataset serves only once all its chunks are stored).
/// </summary>
public sealed class SandboxProvisioner(
    SandboxEnvironments environments,
    DatasetWriter writer,
    SandboxTemplateCatalog templates,
    LicenceRegistry licences,
    CaseFiles cases,
    SandboxClients clients,
    SandboxCredentialVault vault,
    DocumentSet<Airlock.ExportRequest> exports,
    AuditLog audit,
    TimeProvider time,
    IEnumerable<IProvisioningObserver> observers,
    IOptions<ProvisioningOptions> options)
{
    private const string Actor = "provisioning";

    /// <summary>Provisions the sandbox, resumes one that stopped, or — when access was suspended — opens it again with new credentials.</summary>
    public async Task<SandboxEnvironment> ProvisionAsync(string licenceId, CancellationToken cancellationToken)
    {
        var licence = (await licences.GetAsync(licenceId, cancellationToken))?.Value ?? throw new InvalidOperationException($"Licence '{licenceId}' does not exist.");
        var environment = await environments.CreateOnceAsync(await NewEnvironmentAsync(licence, cancellationToken), cancellationToken);
        if (environment.Status is SandboxStatus.Closed or SandboxStatus.Deprovisioned)
        {
            throw new InvalidOperationException($"Sandbox '{environment.Id}' is {environment.Status}: its licence ended, and a new licence gets a new sandbox.");
        }

        if ((environment.Status == SandboxStatus.Ready && environment.ClientsEnabled) || !await InForceAsync(licenceId, cancellationToken))
        {
            // Ready already; or the licence stopped before this (late or retried) run: its withdrawal decides, not this.
            return environment;
        }

        Stored(environment, "environment");
        foreach (var dataset in environment.Datasets.Where(d => !d.Complete))
        {
            environment = await GenerateAsync(environment, dataset, cancellationToken);
        }

        await clients.EnsureScopesAsync(environment, cancellationToken);
        Stored(environment, "scopes");

        var generation = environment.CredentialGeneration + 1;
        var secret = await vault.PrepareAsync(environment, generation, cancellationToken);
        Stored(environment, "credentials");
        await clients.EnsureClientsAsync(environment, secret, Actor, cancellationToken);
        Stored(environment, "clients");

        if (!await InForceAsync(licenceId, cancellationToken))
        {
            await clients.DisableClientsAsync(environment, Actor, cancellationToken);
            return environment;
        }

        var reopened = environment.Status == SandboxStatus.Suspended;
        environment = await environments.ChangeAsync(environment.Id, e => e.CredentialGeneration >= generation && e.ClientsEnabled ? null : (e with
        {
            Status = SandboxStatus.Ready,
            ClientsEnabled = true,
            CredentialGeneration = generation,
        }).Record(time.GetUtcNow(), reopened ? "reopen" : "ready", "succeeded",
            $"Clients {SandboxIds.ServiceClient(e.Id)} and {SandboxIds.NotebookClient(e.Id)} enabled with scopes {string.Join(", ", SandboxClients.ScopesOf(e))}; credentials generation {generation} waiting to be shown once."), cancellationToken);
        Stored(environment, "ready");
        await audit.AppendAsync(SandboxAuditEvents.Provisioned, Actor, environment.Id, AuditOutcome.Succeeded, new Dictionary<string, string>
        {
            ["licence"] = environment.LicenceReference,
            ["template"] = $"{environment.TemplateId}@{environment.TemplateVersion}",
            ["credentialGeneration"] = generation.ToString(CultureInfo.InvariantCulture),
            ["reopened"] = reopened ? "true" : "false",
        }, cancellationToken);
        return environment;
    }

    /// <summary>
    /// Withdraws access at once: both clients disabled (every token and authorization revoked), unread credentials
    /// discarded. <paramref name="final"/> closes the sandbox and starts its retention period; otherwise it is suspended.
    /// </summary>
    public async Task<SandboxEnvironment?> WithdrawAccessAsync(string licenceId, bool final, string reason, CancellationToken cancellationToken)
    {
        var licence = (await licences.GetAsync(licenceId, cancellationToken))?.Value ?? throw new InvalidOperationException($"Licence '{licenceId}' does not exist.");
        var id = SandboxIds.ForLicence(licence.Reference);
        if (await environments.GetAsync(id, cancellationToken) is not { } found)
        {
            return null;
        }

        var environment = found.Value;
        await clients.DisableClientsAsync(environment, Actor, cancellationToken);
        await vault.DiscardAsync(environment, cancellationToken);
        var now = time.GetUtcNow();
        var status = final ? SandboxStatus.Closed : SandboxStatus.Suspended;
        environment = await environments.ChangeAsync(id, e =>
            e.Status is SandboxStatus.Deprovisioned || (e.Status == status && !e.ClientsEnabled) || (e.Status == SandboxStatus.Closed && !final)
                ? null
                : (e with
                {
                    Status = status,
                    ClientsEnabled = false,
                    PurgeDueAt = final ? now.AddDays(e.Conditions.RetentionDays ?? options.Value.DefaultRetentionDays) : null,
                }).Record(now, final ? "close" : "suspend", "succeeded", $"Clients disabled, tokens and authorizations revoked: {reason}"),
            cancellationToken);
        await audit.AppendAsync(SandboxAuditEvents.AccessWithdrawn, Actor, id, AuditOutcome.Succeeded, new Dictionary<string, string>
        {
            ["licence"] = environment.LicenceReference,
            ["final"] = final ? "true" : "false",
            ["reason"] = reason,
        }, cancellationToken);
        return environment;
    }

    /// <summary>Deletes the data of a closed sandbox past its retention and marks it deprovisioned; again is harmless.</summary>
    public async Task<SandboxEnvironment> PurgeAsync(string sandboxId, CancellationToken cancellationToken)
    {
        var environment = (await environments.GetAsync(sandboxId, cancellationToken))?.Value ?? throw new InvalidOperationException($"Sandbox '{sandboxId}' does not exist.");
        if (environment.Status == SandboxStatus.Deprovisioned)
        {
            return environment;
        }

        if (environment.Status != SandboxStatus.Closed || environment.PurgeDueAt > time.GetUtcNow())
        {
            throw new InvalidOperationException($"Sandbox '{sandboxId}' is not due for purging.");
        }

        var deleted = await writer.DeleteAsync(sandboxId, dataset: null, fromChunk: 0, cancellationToken);
        var exported = 0;
        await foreach (var export in exports.QueryAllAsync(Storage.Queries.DocumentQuery.InPartition(sandboxId).Take(Storage.Queries.DocumentQuery.MaxPageSize), cancellationToken))
        {
            exported += await exports.DeleteAsync(sandboxId, export.Value.Id, cancellationToken: cancellationToken) ? 1 : 0;
        }

        await clients.DeleteAsync(environment, cancellationToken);

        await vault.DiscardAsync(environment, cancellationToken);
        environment = await environments.ChangeAsync(sandboxId, e => e.Status == SandboxStatus.Deprovisioned ? null
            : (e with { Status = SandboxStatus.Deprovisioned, Datasets = [.. e.Datasets.Select(d => d with { Complete = false })] })
                .Record(time.GetUtcNow(), "purge", "succeeded", $"Retention ended: {deleted} data chunks and {exported} export requests deleted, clients and scopes removed."), cancellationToken);
        await audit.AppendAsync(SandboxAuditEvents.Purged, Actor, sandboxId, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["chunks"] = deleted.ToString(CultureInfo.InvariantCulture), ["licence"] = environment.LicenceReference }, cancellationToken);
        return environment;
    }

    private async Task<SandboxEnvironment> GenerateAsync(SandboxEnvironment environment, SandboxDataset dataset, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(environment, dataset, step => Stored(environment, step), cancellationToken);
        var name = dataset.Recipe.Name;
        return await environments.ChangeAsync(environment.Id, e => e.WithDatasetComplete(name)?
            .Record(time.GetUtcNow(), "dataset", "succeeded", $"{name}: {dataset.Recipe.RowCount} synthetic rows (seed {dataset.Recipe.Seed}) in {dataset.ChunkCount} chunks."),
            cancellationToken);
    }

    private async Task<SandboxEnvironment> NewEnvironmentAsync(PilotLicence licence, CancellationToken cancellationToken)
    {
        var template = (licence.TemplateVersion is { } issued ? templates.LatestCompatible(licence.TemplateId, issued) : templates.Find(licence.TemplateId)) ?? throw new InvalidOperationException($"Licence {licence.Reference} names template '{licence.TemplateId}', which is not installed.");
        var application = await cases.ApplicationAsync(licence.ApplicationId, cancellationToken);
        var now = time.GetUtcNow();
        var region = licence.Conditions.DataLocalizationRegion ?? template.Region.ToUpperInvariant();
        var environment = new SandboxEnvironment
        {
            Id = SandboxIds.ForLicence(licence.Reference),
            LicenceId = licence.Id,
            LicenceReference = licence.Reference,
            HolderOrganizationId = licence.HolderOrganizationId,
            HolderOrganizationName = licence.HolderOrganizationName,
            PilotTitle = licence.PilotTitle,
            TemplateId = template.Id,
            TemplateVersion = template.Version,
            TemplateName = template.Name,
            Region = region == DataRegions.Global ? DataRegions.Global : region,
            Status = SandboxStatus.Provisioning,
            Datasets = [.. template.Datasets.Select(recipe => new SandboxDataset { Recipe = recipe, ChunkSize = options.Value.ChunkSize })],
            Conditions = template.ConditionLimits.Apply(licence.Conditions),
            Quotas = template.Quotas,
            OfferedOperations = template.Scopes,
            NamedResearchers = application is null ? [] : [application.CreatedBy],
            CreatedAt = now,
        };
        return environment.Record(now, "create", "succeeded", $"From template {template.Id}@{template.Version} for licence {licence.Reference}, region {environment.Region}.");
    }

    private async Task<bool> InForceAsync(string licenceId, CancellationToken cancellationToken) =>
        (await licences.GetAsync(licenceId, cancellationToken))?.Value.IsInForceAt(time.GetUtcNow()) == true;

    private void Stored(SandboxEnvironment environment, string step)
    {
        foreach (var observer in observers)
        {
            observer.StepStored(environment, step);
        }
    }
}
