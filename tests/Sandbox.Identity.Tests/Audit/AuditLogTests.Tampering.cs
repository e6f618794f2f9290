using System.Text.Json;
using System.Text.Json.Nodes;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;

namespace Sandbox.Identity.Tests.Audit;

/// <summary>Tampering straight through the store, as someone with write access to the container would.</summary>
public abstract partial class AuditLogTests
{
    [Fact]
    public async Task An_edited_entry_is_reported_as_modified_where_it_is()
    {
        var entries = await AppendAsync("case-1", 5);
        await AppendAsync("case-2", 2);

        await ReplaceRawAsync(entries[2], body =>
        {
            body["details"]!["step"] = "3 (corrected)";
            return body;
        });

        var problem = SingleProblem(await VerifyTodayAsync());
        Assert.Equal((entries[2].Chain, 3L, entries[2].Id, AuditProblemKind.Modified), (problem.Chain, problem.Sequence, problem.EntryId, problem.Kind));
        Assert.Equal($"Entry {entries[2].Id} was changed after it was written.", problem.Message);
    }

    [Fact]
    public async Task An_entry_deleted_from_the_middle_is_reported_as_removed()
    {
        var entries = await AppendAsync("case-1", 5);

        Assert.True(await Raw.DeleteAsync(entries[2].Chain, entries[2].Id));

        var report = await VerifyTodayAsync();
        var problem = SingleProblem(report);
        Assert.Equal((entries[2].Chain, 3L, entries[2].Id, AuditProblemKind.Removed), (problem.Chain, problem.Sequence, problem.EntryId, problem.Kind));
        Assert.Contains("is missing", problem.Message, StringComparison.Ordinal);
        Assert.Equal(4, report.EntriesChecked);
    }

    [Fact]
    public async Task The_last_entry_deleted_is_caught_by_the_chain_head()
    {
        var entries = await AppendAsync("case-1", 5);

        Assert.True(await Raw.DeleteAsync(entries[4].Chain, entries[4].Id));

        var problem = SingleProblem(await VerifyTodayAsync());
        Assert.Equal((entries[4].Chain, 5L, entries[4].Id, AuditProblemKind.Removed), (problem.Chain, problem.Sequence, problem.EntryId, problem.Kind));
        Assert.Contains("at the end of the chain (its head records 5 entries)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_entries_swapped_are_reported_as_reordered_at_both_places()
    {
        var entries = await AppendAsync("case-1", 5);
        var second = (await ReadRawAsync(entries[1])).Body;
        var third = (await ReadRawAsync(entries[2])).Body;

        await ReplaceRawAsync(entries[1], _ => WithId(third, entries[1].Id));
        await ReplaceRawAsync(entries[2], _ => WithId(second, entries[2].Id));

        var problems = (await VerifyTodayAsync()).Problems;
        Assert.Equal([(2L, entries[1].Id, AuditProblemKind.Reordered), (3L, entries[2].Id, AuditProblemKind.Reordered)],
            problems.Select(p => (p.Sequence, p.EntryId, p.Kind)));
        Assert.Contains($"holds the content of entry {entries[2].Id}", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_rewritten_with_a_fresh_hash_breaks_the_link_of_the_next_one()
    {
        var entries = await AppendAsync("case-1", 4);
        var forged = entries[1] with { Actor = "someone-else" };
        forged = forged with { Hash = AuditEntryHash.Compute(forged) };

        await ReplaceRawAsync(entries[1], _ => JsonSerializer.SerializeToNode(forged, StorageJson.Options)!.AsObject());

        var problem = SingleProblem(await VerifyTodayAsync());
        Assert.Equal((3L, entries[2].Id, AuditProblemKind.BrokenLink), (problem.Sequence, problem.EntryId, problem.Kind));
        Assert.Contains($"does not follow entry {entries[1].Id}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_without_events_verifies_intact_and_empty()
    {
        var report = await VerifyTodayAsync();

        Assert.True(report.Intact);
        Assert.Empty(report.Chains);
        await Assert.ThrowsAsync<ArgumentException>(() => Node.Verifier.VerifyAsync(Today, Today.AddDays(-1)));
    }

    /// <summary>Another entry's whole content under this entry's id (the store key cannot move).</summary>
    private static JsonObject WithId(JsonObject source, string id)
    {
        var copy = source.DeepClone().AsObject();
        copy["id"] = id;
        return copy;
    }
}
