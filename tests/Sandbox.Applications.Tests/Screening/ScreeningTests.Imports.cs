using System.Diagnostics;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Identity.Audit;

namespace Sandbox.Applications.Tests.Screening;

public abstract partial class ScreeningTests
{
    [Fact]
    public async Task A_list_imports_once_and_the_same_file_again_changes_nothing()
    {
        var first = FirstImport;
        var afterFirst = await StoredEntriesAsync();
        Time.Advance(TimeSpan.FromMinutes(1));
        var watch = Stopwatch.StartNew();
        var again = await ImportAsync(BaseFile);
        var reimportTime = watch.Elapsed;
        var afterAgain = await StoredEntriesAsync();

        Assert.Equal((BaseRows.Count, BaseRows.Count, 0, 0, 0), (first.EntryCount, first.Added, first.Changed, first.Removed, first.Unchanged));
        Assert.Equal(BaseRows.Count, afterFirst.Count);
        Assert.Equal((0, 0, 0, BaseRows.Count), (again.Added, again.Changed, again.Removed, again.Unchanged));
        Assert.Empty(again.Changes);
        Assert.Equal(first.FileSha256, again.FileSha256);
        Assert.Matches("^[0-9a-f]{64}$", first.FileSha256);
        Assert.All(afterAgain, e => Assert.Equal(afterFirst[e.Key].ETag, e.Value.ETag));
        Assert.Equal(first.Id, afterAgain["306"].Value.ImportId);
        Assert.Equal(ScreeningListImport.MaxListedChanges, first.Changes.Count);
        Assert.True(first.ChangesTruncated);
        Assert.Equal([again.Id, first.Id], (await Importer.ListImportsAsync(ScreeningLists.OfacSdn)).Select(i => i.Id));
        var audited = await AuditAsync(ScreeningAuditEvents.ListImported);
        Assert.Equal(2, audited.Count(e => e.Outcome == AuditOutcome.Succeeded && e.Subject == ScreeningLists.OfacSdn));
        Output.WriteLine($"{GetType().Name}: re-import of {BaseRows.Count} entries {reimportTime.TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task A_newer_list_reports_exactly_what_changed_and_the_store_follows()
    {
        var newer = WriteModified(out var modified);

        var report = await ImportAsync(newer);
        var stored = await StoredEntriesAsync();

        Assert.Equal((2, 4, 3, BaseRows.Count - 7, BaseRows.Count - 1), (report.Added, report.Changed, report.Removed, report.Unchanged, report.EntryCount));
        Assert.Equal(modified.Added, report.Changes.Where(c => c.Kind == ScreeningChangeKind.Added).Select(c => c.EntryId));
        Assert.Equal(modified.Removed, report.Changes.Where(c => c.Kind == ScreeningChangeKind.Removed).Select(c => c.EntryId));
        Assert.Equal(
            modified.Changed.OrderBy(c => int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture)).Select(c => (c.Key, string.Join(",", c.Value))),
            report.Changes.Where(c => c.Kind == ScreeningChangeKind.Changed).Select(c => (c.EntryId, string.Join(",", c.ChangedFields))));
        Assert.False(report.ChangesTruncated);
        Assert.Equal(BaseRows.Count - 1, stored.Count);
        Assert.All(modified.Removed, id => Assert.False(stored.ContainsKey(id)));
        Assert.Equal("ZEPHYRA NORTHWIND TRADING LLC", stored["99000001"].Value.Name);
        Assert.Equal(["BNC", "BNC HAVANA"], stored["306"].Value.Aliases);
        Assert.Equal(report.Id, stored["306"].Value.ImportId);
        Assert.Equal("CASA DE CUBA HOLDINGS", stored["475"].Value.Name);
        Assert.Contains(Hit(await Screening.ScreenAsync("Zephyra Northwind Trading"), ScreeningLists.OfacSdn, "99000001").Entry.Programs, p => p == "RUSSIA-EO14024");
        Assert.DoesNotContain((await Screening.ScreenAsync(BaseRows[10][1])).Hits, h => h.EntryId == modified.Removed[0]);
    }

    [Fact]
    public async Task A_malformed_file_is_refused_by_line_and_leaves_the_list_untouched()
    {
        var before = await StoredEntriesAsync();
        var modified = ScreeningListFiles.Modify(BaseRows);
        var rows = modified.Rows.Select(r => r).ToList();
        rows[150] = rows[150][..5];
        var broken = Files.File("sdn-broken.csv");
        var lines = ScreeningListFiles.Write(broken, rows);

        var error = await Assert.ThrowsAsync<ScreeningListFormatException>(() => ImportAsync(broken));

        Assert.Equal(lines[150], error.Line);
        Assert.Contains("expected 12 comma-separated columns", error.Message, StringComparison.Ordinal);
        var after = await StoredEntriesAsync();
        Assert.Equal(before.Count, after.Count);
        Assert.All(after, e => Assert.Equal(before[e.Key].ETag, e.Value.ETag));
        Assert.Equal([FirstImport.Id], (await Importer.ListImportsAsync(ScreeningLists.OfacSdn)).Select(i => i.Id));
        var failed = Assert.Single(await AuditAsync(ScreeningAuditEvents.ListImported), e => e.Outcome == AuditOutcome.Failed);
        Assert.Contains($"Line {lines[150]}", failed.Details["problem"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_while_another_holds_the_lock_is_refused_until_the_lock_expires()
    {
        var newer = WriteModified(out _);
        var locks = Host.Get<Sandbox.Storage.Documents.DocumentSet<ScreeningListLock>>();
        var now = Time.GetUtcNow();
        await locks.CreateAsync(new ScreeningListLock(ScreeningListLock.IdFor(ScreeningLists.OfacSdn), ScreeningLists.OfacSdn, "other-import", "regulator-2", now, now.AddMinutes(15)));

        var refused = await Assert.ThrowsAsync<ScreeningImportRefusedException>(() => ImportAsync(newer));
        Assert.Contains("by regulator-2", refused.Message, StringComparison.Ordinal);
        Assert.Equal(BaseRows.Count, (await StoredEntriesAsync()).Count);

        Time.Advance(TimeSpan.FromMinutes(16));
        var taken = await ImportAsync(newer);

        Assert.Equal((2, 4, 3), (taken.Added, taken.Changed, taken.Removed));
        Assert.Null(await locks.ReadAsync(ScreeningListLock.IdFor(ScreeningLists.OfacSdn), ScreeningListLock.IdFor(ScreeningLists.OfacSdn)));
    }

    [Fact]
    public async Task Concurrent_imports_on_two_nodes_leave_exactly_the_new_list()
    {
        var newer = WriteModified(out var modified);
        await using var second = await StartNodeAsync(CreateStoreForSecondNode());

        var results = await Task.WhenAll(Attempt(Host), Attempt(second));

        Assert.All(results, r => Assert.True(r is ScreeningListImport || r is ScreeningImportRefusedException, r.ToString()));
        var applied = results.OfType<ScreeningListImport>().ToArray();
        Assert.NotEmpty(applied);
        // Either the second was refused, or it ran after the first had finished and found nothing to do.
        Assert.Single(applied, r => (r.Added, r.Changed, r.Removed) == (2, 4, 3));
        Assert.All(applied.Where(r => r.Added != 2), r => Assert.Equal((0, 0, 0), (r.Added, r.Changed, r.Removed)));
        var stored = await StoredEntriesAsync();
        Assert.Equal(BaseRows.Count - 1, stored.Count);
        Assert.All(modified.Added, id => Assert.True(stored.ContainsKey(id)));

        async Task<object> Attempt(ApplicationsTestHost node)
        {
            try
            {
                return await ImportAsync(node, newer);
            }
            catch (ScreeningImportRefusedException ex)
            {
                return ex;
            }
        }
    }

    [Fact]
    public async Task A_file_that_would_delist_most_of_the_list_needs_explicit_consent()
    {
        var truncated = Files.File("sdn-truncated.csv");
        ScreeningListFiles.Write(truncated, BaseRows.Take(BaseRows.Count / 4));

        var refused = await Assert.ThrowsAsync<ScreeningImportRefusedException>(() => ImportAsync(truncated));
        Assert.Contains("allowing mass removal", refused.Message, StringComparison.Ordinal);
        Assert.Equal(BaseRows.Count, (await StoredEntriesAsync()).Count);

        var applied = await ImportAsync(truncated, allowMassRemoval: true);
        Assert.Equal(BaseRows.Count - (BaseRows.Count / 4), applied.Removed);
        Assert.Equal(BaseRows.Count / 4, (await StoredEntriesAsync()).Count);
    }
}
