using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Tests.Screening;

public abstract partial class ScreeningTests
{
    [Fact]
    public async Task A_second_node_sees_a_new_import_after_its_recheck_interval()
    {
        await using var second = await StartNodeAsync(CreateStoreForSecondNode());
        var remote = second.Get<Sandbox.Applications.Screening.ScreeningService>();
        Assert.Empty((await remote.ScreenAsync("Zephyra Northwind Trading")).Hits);

        await ImportAsync(WriteModified(out _));

        Assert.NotEmpty((await Screening.ScreenAsync("Zephyra Northwind Trading")).Hits);
        Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Empty((await remote.ScreenAsync("Zephyra Northwind Trading")).Hits);
        Time.Advance(TimeSpan.FromSeconds(1));
        var seen = await remote.ScreenAsync("Zephyra Northwind Trading");
        Assert.Equal("99000001", Assert.Single(seen.Hits).EntryId);
        Assert.Equal((await Screening.ScreenAsync("x y")).ListsStamp, seen.ListsStamp);
    }

    [Fact]
    public async Task A_second_node_sees_a_denial_and_its_withdrawal_after_its_recheck_interval()
    {
        await using var second = await StartNodeAsync(CreateStoreForSecondNode());
        var remote = second.Get<Sandbox.Applications.Screening.ScreeningService>();
        Assert.Empty((await remote.ScreenAsync("Nordlicht Signal Systems")).Hits);

        var denial = await Denials.RegisterAsync(Denial(), Regulator);
        Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(ScreeningLists.AlliedDenials, Assert.Single((await remote.ScreenAsync("Nordlicht Signal Systems")).Hits).ListId);
        Assert.NotEmpty((await Screening.ScreenAsync("Nordlicht Signal Systems")).Hits);

        await second.Get<Sandbox.Applications.Screening.AlliedDenialRegistry>().WithdrawAsync(denial.Value.Id, denial.ETag, "Annulled", Regulator);
        Assert.Empty((await remote.ScreenAsync("Nordlicht Signal Systems")).Hits);
        Assert.NotEmpty((await Screening.ScreenAsync("Nordlicht Signal Systems")).Hits);
        Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty((await Screening.ScreenAsync("Nordlicht Signal Systems")).Hits);
    }
}
