using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Sandbox.Domain.Screening;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Applications.Screening;

/// <summary>
/// Imports a list file into <see cref="ScreeningContainers.Entries"/>, one document per entry with its content hash.
/// <list type="bullet">
/// <item>The file is read and parsed completely before anything is written: a malformed file changes nothing.</item>
/// <item>The new list is compared with the stored one by content hash; only added and changed entries are written and
/// delisted ones deleted. The same file again writes no entry (one read of the list is the check).</item>
/// <item>Concurrent imports of one list: the writer holds a lock document (<see cref="ScreeningListLock"/>, created
/// once, renewed and released with its ETag); a second import is refused with <see cref="ScreeningImportRefusedException"/>.
/// Entry writes are idempotent upserts and deletes, so an import that died half-way is completed by the next one.</item>
/// <item>A file that would remove more than <see cref="ScreeningOptions.MaxRemovedShare"/> of the stored list (a
/// truncated download) is refused unless the caller allows mass removal.</item>
/// <item>Every import is recorded (<see cref="ScreeningListImport"/>) and audited, as are refusals and failures; the
/// screening index of every node is rebuilt when entries were written.</item>
/// </list>
/// </summary>
public sealed partial class ScreeningListImporter(
    DocumentSet<ScreeningEntry> entries,
    DocumentSet<ScreeningListImport> imports,
    DocumentSet<ScreeningListLock> locks,
    ScreeningService screening,
    AuditLog audit,
    IOptions<ScreeningOptions> options,
    TimeProvider time)
{
    private const int MaxSourceNameLength = 300;
    private long _lastTicks;

    /// <summary>Imports the OFAC SDN legacy CSV (<c>sdn.csv</c>) as list <see cref="ScreeningLists.OfacSdn"/>.</summary>
    /// <param name="csv">The file; read to the end, not closed.</param>
    /// <param name="sourceName">Where the file came from (file name or URL), recorded with the import.</param>
    /// <param name="importedBy">The regulator importing it.</param>
    /// <param name="allowMassRemoval">Apply the file even when it removes more than <see cref="ScreeningOptions.MaxRemovedShare"/> of the list.</param>
    /// <exception cref="ScreeningListFormatException">The file is malformed; nothing was written.</exception>
    /// <exception cref="ScreeningImportRefusedException">Another import is running, or the file would delist too much; nothing was written.</exception>
    public async Task<ScreeningListImport> ImportSdnCsvAsync(
        Stream csv, string sourceName, string importedBy, bool allowMassRemoval = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        var source = sourceName?.Trim();
        if (string.IsNullOrEmpty(source) || source.Length > MaxSourceNameLength)
        {
            throw new ArgumentException($"The source name needs 1 to {MaxSourceNameLength} characters.", nameof(sourceName));
        }

        var list = ScreeningLists.OfacSdn;
        var bytes = await ReadAllAsync(csv, options.Value.MaxFileBytes, cancellationToken);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        IReadOnlyList<SdnRecord> records;
        try
        {
            records = SdnCsvReader.Parse(new MemoryStream(bytes, writable: false));
        }
        catch (ScreeningListFormatException ex)
        {
            await AuditAsync(importedBy, list, AuditOutcome.Failed, new() { ["source"] = source, ["fileSha256"] = sha256, ["problem"] = ex.Message }, cancellationToken);
            throw;
        }

        var parties = records.Select(r => r.ToListedParty()).Select(p => (p, p.ComputeContentHash())).ToArray();
        return await ApplyAsync(list, parties, source, sha256, importedBy, allowMassRemoval, cancellationToken);
    }

    /// <summary>The imports of a list, newest first (ids are ordered by time).</summary>
    public async Task<IReadOnlyList<ScreeningListImport>> ListImportsAsync(string list, int max = 50, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(list);
        var query = DocumentQuery.InPartition(list).Sorted(SortOrder.DescendingBy("id")).Take(Math.Clamp(max, 1, DocumentQuery.MaxPageSize));
        return (await imports.QueryAsync(query, cancellationToken)).Items.Select(i => i.Value).ToArray();
    }

    private async Task<ScreeningListImport> ApplyAsync(
        string list, (ListedParty Party, string Hash)[] incoming, string source, string sha256, string importedBy, bool allowMassRemoval, CancellationToken cancellationToken)
    {
        var importId = NewImportId();
        var diff = ScreeningListDiff.Compute(await ReadStoredAsync(list, cancellationToken), incoming);
        if (!diff.IsEmpty)
        {
            try
            {
                await using var lease = await ScreeningListLease.AcquireAsync(
                    locks, list, importId, importedBy, time, TimeSpan.FromMinutes(options.Value.ImportLockMinutes), cancellationToken);
                // Another import may have finished between the first look and the lock: compare again.
                var stored = await ReadStoredAsync(list, cancellationToken);
                diff = ScreeningListDiff.Compute(stored, incoming);
                RefuseMassRemoval(list, stored.Count, diff, allowMassRemoval);
                await WriteAsync(list, diff, importId, lease, cancellationToken);
            }
            catch (ScreeningImportRefusedException ex)
            {
                await AuditAsync(importedBy, list, AuditOutcome.Refused, new() { ["source"] = source, ["fileSha256"] = sha256, ["problem"] = ex.Message }, cancellationToken);
                throw;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await AuditFailureAsync(importedBy, list, source, sha256, ex);
                throw;
            }
        }

        var record = new ScreeningListImport
        {
            Id = importId,
            List = list,
            SourceName = source,
            FileSha256 = sha256,
            ImportedAt = time.GetUtcNow(),
            ImportedBy = importedBy,
            EntryCount = incoming.Length,
            Added = diff.Added,
            Changed = diff.Changed,
            Removed = diff.Deletes.Count,
            Unchanged = diff.Unchanged,
            Changes = diff.Changes.Take(ScreeningListImport.MaxListedChanges).ToArray(),
            ChangesTruncated = diff.Changes.Count > ScreeningListImport.MaxListedChanges,
        };
        await imports.CreateAsync(record, cancellationToken: cancellationToken);
        await AuditAsync(importedBy, list, AuditOutcome.Succeeded, new()
        {
            ["importId"] = importId,
            ["source"] = source,
            ["fileSha256"] = sha256,
            ["entries"] = Number(record.EntryCount),
            ["added"] = Number(record.Added),
            ["changed"] = Number(record.Changed),
            ["removed"] = Number(record.Removed),
        }, cancellationToken);
        return record;
    }

    /// <summary>Best effort: when the store itself is failing, the import's own error is the one to report.</summary>
    private async Task AuditFailureAsync(string actor, string list, string source, string sha256, Exception error)
    {
        try
        {
            await AuditAsync(actor, list, AuditOutcome.Failed, new() { ["source"] = source, ["fileSha256"] = sha256, ["problem"] = error.Message }, CancellationToken.None);
        }
        catch (DocumentStoreException)
        {
            // Nothing more to record: the caller gets the import's error.
        }
    }

    private Task<AuditEvent> AuditAsync(string actor, string list, AuditOutcome outcome, Dictionary<string, string> details, CancellationToken cancellationToken) =>
        audit.AppendAsync(ScreeningAuditEvents.ListImported, actor, list, outcome, details, cancellationToken);

    /// <summary>Ordered by time (ticks strictly increasing within this process), unique across nodes.</summary>
    private string NewImportId()
    {
        long last, next;
        do
        {
            last = Interlocked.Read(ref _lastTicks);
            next = Math.Max(last + 1, time.GetUtcNow().UtcTicks);
        }
        while (Interlocked.CompareExchange(ref _lastTicks, next, last) != last);

        return next.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12];
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
