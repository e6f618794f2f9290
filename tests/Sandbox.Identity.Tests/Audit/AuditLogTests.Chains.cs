using System.Globalization;
using Sandbox.Identity.Audit;

namespace Sandbox.Identity.Tests.Audit;

public abstract partial class AuditLogTests
{
    [Fact]
    public async Task A_valid_log_verifies_intact_with_gap_free_chains_and_heads()
    {
        var written = new List<AuditEvent>();
        foreach (var subject in new[] { "case-1", "case-2", "client-7", "user-42", "case-1" })
        {
            written.AddRange(await AppendAsync(subject, 3));
        }

        var report = await VerifyTodayAsync();

        Assert.True(report.Intact, string.Join(Environment.NewLine, report.Problems.Select(p => p.Message)));
        Assert.Equal(15, report.EntriesChecked);
        foreach (var chain in report.Chains)
        {
            var ofChain = written.Where(e => e.Chain == chain.Chain).ToList();
            Assert.Equal(Enumerable.Range(1, ofChain.Count).Select(i => (long)i), ofChain.Select(e => e.Sequence));
            Assert.Equal((ofChain.Count, (long?)ofChain.Count, ofChain[^1].Hash), (chain.LastSequence, chain.HeadSequence, chain.HeadHash));
        }

        Assert.All(written, e => Assert.Equal(AuditChains.EntryId(e.Chain, e.Sequence), e.Id));
        Assert.Equal(written.Skip(1).Select(e => e.PreviousHash).Where((_, i) => written[i].Chain == written[i + 1].Chain),
            written.SkipLast(1).Where((e, i) => e.Chain == written[i + 1].Chain).Select(e => e.Hash));
    }

    [Fact]
    public async Task Reading_a_day_merges_its_chains_in_the_order_events_were_appended()
    {
        // The clock stands still: only the append order tells these events apart.
        var subjects = Enumerable.Range(1, 12).Select(i => "subject-" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var subject in subjects)
        {
            await Node.Log.AppendAsync(subject == "subject-5" ? "other.type" : "test.event", "actor", subject, AuditOutcome.Succeeded);
        }

        var day = await (await NewNodeAsync()).Log.ReadDayAsync(Today);
        var ofType = await Node.Log.ReadDayAsync(Today, "other.type");

        Assert.Equal(subjects, day.Select(e => e.Subject));
        Assert.True(day.Select(e => e.Chain).Distinct().Count() > 1);
        Assert.Equal("subject-5", Assert.Single(ofType).Subject);
        Assert.Empty(await Node.Log.ReadDayAsync(Today.AddDays(1)));
    }

    [Fact]
    public void Shards_spread_subjects_and_keep_each_subject_on_one_shard()
    {
        var subjects = Enumerable.Range(0, 400).Select(i => "APP-2026-" + i.ToString("D6", CultureInfo.InvariantCulture)).ToList();

        var perShard = subjects.GroupBy(s => AuditChains.ShardOf(s, 4)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal([0, 1, 2, 3], perShard.Keys.Order());
        Assert.All(perShard.Values, count => Assert.InRange(count, 60, 140));
        Assert.All(subjects, s => Assert.Equal(AuditChains.ShardOf(s, 4), AuditChains.ShardOf(s, 4)));
        Assert.All(subjects, s => Assert.Equal(0, AuditChains.ShardOf(s, 1)));
    }

    [Fact]
    public async Task Many_concurrent_appends_on_two_nodes_give_gap_free_chains_that_verify_intact()
    {
        var second = await NewNodeAsync();
        var subjects = Enumerable.Range(1, 6).Select(i => "subject-" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

        var appends = Enumerable.Range(0, 60).Select(i => Task.Run(() => (i % 2 == 0 ? Node : second).Log.AppendAsync(
            "test.concurrent", "actor", subjects[i % subjects.Length], AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["n"] = i.ToString(CultureInfo.InvariantCulture) })));
        var written = await Task.WhenAll(appends);

        var report = await VerifyTodayAsync();
        Assert.True(report.Intact, string.Join(Environment.NewLine, report.Problems.Select(p => p.Message)));
        Assert.Equal(60, report.EntriesChecked);
        foreach (var chain in written.GroupBy(e => e.Chain))
        {
            Assert.Equal(Enumerable.Range(1, chain.Count()).Select(i => (long)i), chain.Select(e => e.Sequence).Order());
            var verified = Assert.Single(report.Chains, c => c.Chain == chain.Key);
            Assert.Equal((chain.Count(), (long?)chain.Count()), (verified.LastSequence, verified.HeadSequence));
        }

        Assert.Equal(60, (await Node.Log.ReadDayAsync(Today, "test.concurrent")).Select(e => e.Details["n"]).Distinct().Count());
    }

    [Fact]
    public async Task A_node_with_a_stale_view_of_a_chain_continues_behind_the_other_nodes_entries()
    {
        var second = await NewNodeAsync();
        await AppendAsync("case-9", 1, second.Log);
        await AppendAsync("case-9", 3);

        var late = Assert.Single(await AppendAsync("case-9", 1, second.Log));
        var more = Assert.Single(await AppendAsync("case-9", 1));

        Assert.Equal((5, 6), (late.Sequence, more.Sequence));
        Assert.True((await VerifyTodayAsync()).Intact);
    }

    [Fact]
    public async Task The_first_entry_of_a_day_commits_to_the_same_shard_s_last_entry_of_the_day_before()
    {
        var yesterday = await AppendAsync("case-3", 3);
        Time.Advance(TimeSpan.FromDays(1));
        var today = await AppendAsync("case-3", 2);

        Assert.Equal((1, (long?)3), (today[0].Sequence, today[0].PreviousDaySequence));
        Assert.Equal(AuditEntryHash.Genesis(today[0].Chain, yesterday[^1].Hash), today[0].PreviousHash);
        Assert.True((await Node.Verifier.VerifyAsync(Today, Today.AddDays(1))).Intact);

        await Raw.DeleteAsync(yesterday[^1].Chain, yesterday[^1].Id);
        await Store.GetContainer(AuditChainHead.Container.Name).DeleteAsync(AuditChains.Day(Today), yesterday[^1].Chain);

        var problem = SingleProblem(await Node.Verifier.VerifyAsync(Today.AddDays(1), Today.AddDays(1)));
        Assert.Equal((today[0].Chain, 1L, today[0].Id, AuditProblemKind.BrokenLink), (problem.Chain, problem.Sequence, problem.EntryId, problem.Kind));
        Assert.Contains(yesterday[^1].Id + " of the previous day, which is missing", problem.Message, StringComparison.Ordinal);
    }
}
